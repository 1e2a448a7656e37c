// The numbered set-up card Segment uses on its channel set-up screens (a numbered circle + heading: docs/console-labels.md, "Segment: numbered set-up cards").
import { Heading, majorScale, Pane, Text } from 'evergreen-ui';
import type { ReactNode } from 'react';
import { useGeneratedId } from '../shared/hooks.tsx';

export function StepCard({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  const headingId = useGeneratedId('step-heading');
  return (
    <Pane is="section" aria-labelledby={headingId} border="default" borderRadius={12} padding={majorScale(3)} marginBottom={majorScale(3)} background="white">
      <Pane display="flex" alignItems="center" gap={majorScale(2)} marginBottom={majorScale(2)}>
        <Pane
          aria-hidden
          width={40}
          height={40}
          borderRadius={20}
          background="gray200"
          display="flex"
          alignItems="center"
          justifyContent="center"
        >
          <Text size={400}>{n}</Text>
        </Pane>
        <Heading is="h3" size={600} id={headingId}>
          {title}
        </Heading>
      </Pane>
      <Pane paddingLeft={56}>{children}</Pane>
    </Pane>
  );
}

/** Off-screen, aria-hidden wrapper for the honeypot fixture: present in the DOM, invisible to people. */
export const offscreen = {
  position: 'absolute',
  left: -10000,
  top: 'auto',
  width: 1,
  height: 1,
  overflow: 'hidden',
} as const;
