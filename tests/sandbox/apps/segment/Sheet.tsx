// Evergreen's SideSheet as Segment's apps use it: a panel over a fixed backdrop, titled by a heading, with no role=dialog.
import { Heading, majorScale, Pane, SideSheet } from 'evergreen-ui';
import type { ReactNode } from 'react';

export function Sheet(p: { isShown: boolean; title: string; onClose: () => void; children: ReactNode }) {
  return (
    <SideSheet isShown={p.isShown} onCloseComplete={p.onClose} width={720}>
      <Pane padding={majorScale(4)}>
        <Heading is="h2" size={700} marginBottom={majorScale(3)}>
          {p.title}
        </Heading>
        {p.children}
      </Pane>
    </SideSheet>
  );
}
