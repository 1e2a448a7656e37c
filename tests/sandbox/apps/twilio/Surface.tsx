// A Twilio form in the layout `?layout=` asks for: a page under its h1 (default) or a Paste Modal over the page behind it.
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { Modal, ModalBody, ModalHeader, ModalHeading } from '@twilio-paste/core/modal';
import { useUID } from '@twilio-paste/core/uid-library';
import type { ReactNode } from 'react';
import { formLayout } from '../shared/layout.ts';
import { navigate } from '../shared/router.ts';

/** `behind`: the page a dialog opens over; `back`: where closing it goes; `untitledPage`: as a page, no heading of its own. */
export function Surface(p: { title: string; behind: ReactNode; back: string; untitledPage?: boolean; children: ReactNode }) {
  const headingId = useUID();
  if (formLayout(['page', 'dialog']) === 'page') {
    if (p.untitledPage) return <>{p.children}</>;
    return (
      <Box maxWidth="size70">
        <Heading as="h1" variant="heading10">{p.title}</Heading>
        {p.children}
      </Box>
    );
  }
  return (
    <>
      {p.behind}
      <Modal isOpen onDismiss={() => navigate(p.back)} size="wide" ariaLabelledby={headingId}>
        <ModalHeader><ModalHeading as="h2" id={headingId}>{p.title}</ModalHeading></ModalHeader>
        <ModalBody><>{p.children}</></ModalBody>
      </Modal>
    </>
  );
}
