// Stage 1 of the guide as data: check and add the `email` and `phone` identifiers in Segment.
import type { Task } from '../schema';
import { GUIDE_2025, guideLink, segmentIdentityPage } from './literals';

/** The add-identifier modal has had three titles: today's, the guide's, and the older one. */
const IDENTIFIER_DIALOG = ['Custom Identifier', 'New Custom Identifier', 'New Identifier'];

export const segmentIdentifiers: Task = {
  id: 'segment.identifiers',
  platform: 'segment',
  title: 'Check and add the Engage identifiers',
  steps: [
    'In your Segment workspace, open **Personas > Settings > Identity Resolution**.',
    'In the Identity Resolution Configuration table, look for `email` and `phone` in the **Identifier** column. If both are there, this stage is done.',
    'If one is missing, click **Add Identifier**.',
    'In the **New Custom Identifier** modal, type the missing trait (`email` or `phone`) into **Trait/Property key**, then click **Add Identifier**.',
    'If both were missing, repeat the last step for the other trait.',
  ],
  page: segmentIdentityPage,
  guideUrl: guideLink('stage-1-configure-personas-identifiers-in-segment'),
  targets: [
    {
      key: 'addIdentifier',
      kind: 'button',
      labels: ['Add identifier'],
      want: { kind: 'click' },
      instruction: 'If `email` or `phone` is missing from the **Identifier** column, click **Add Identifier**.',
    },
    {
      // Only the 2025 console shows this menu; on the 2022 console the modal opens straight away.
      key: 'customIdentifiers',
      kind: 'button',
      labels: ['Custom identifiers', 'Custom identifier'],
      role: 'menuitem',
      want: { kind: 'click' },
      instruction: 'In the menu, choose **Custom identifiers**.',
    },
    {
      key: 'traitKey',
      kind: 'field',
      labels: ['Trait / Property key to match on', 'Trait/Property key', 'Identifier Name'],
      placeholders: ['Name of your identifier...'],
      scope: { title: IDENTIFIER_DIALOG },
      want: { kind: 'choice', hint: 'the missing trait: `email` or `phone`, in lower case' },
      rule: 'identifierTrait',
      instruction: 'Type the missing trait, `email` or `phone`, into **Trait/Property key**.',
    },
    {
      key: 'addNewIdentifier',
      kind: 'button',
      labels: ['Add new identifier', 'Add Identifier'],
      scope: { title: IDENTIFIER_DIALOG },
      want: { kind: 'click' },
      instruction: 'Click **Add new identifier** to save it. Repeat for the other trait if both were missing.',
    },
  ],
  done: { kind: 'tableColumnHas', column: ['Identifier'], values: ['email', 'phone'] },
  variants: [
    {
      since: GUIDE_2025,
      note: 'The menu path is now **Unify > Unify settings > Identity resolution**; **Add identifier** opens a menu where you choose **Custom identifiers**, and the modal is titled "Custom Identifier" with the field "Trait / Property key to match on" and the button **Add new identifier**.',
    },
  ],
};
