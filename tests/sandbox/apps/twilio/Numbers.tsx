// Buy a number (search + Buy) and the A2P 10DLC overview: tasks twilio.number and twilio.register.
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Heading } from '@twilio-paste/core/heading';
import { Label } from '@twilio-paste/core/label';
import { Modal, ModalBody, ModalFooter, ModalFooterActions, ModalHeader, ModalHeading } from '@twilio-paste/core/modal';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Option, Select } from '@twilio-paste/core/select';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import { useUID } from '@twilio-paste/core/uid-library';
import { useState } from 'react';
import { StatusLine } from '../shared/StatusLine.tsx';
import { usePersisted } from '../shared/state.ts';
import { Field } from './paste.tsx';
import { Surface } from './Surface.tsx';

export const AVAILABLE = ['+1 415 555 0142', '+1 415 555 0187', '+1 628 555 0103', '+1 510 555 0199'];

export function NumberSearch() {
  const [owned, setOwned] = usePersisted<string[]>('twilio.numbers', []);
  const [country, setCountry] = useState('US');
  const [digits, setDigits] = useState('');
  const [results, setResults] = useState<string[] | null>(null);
  const [buying, setBuying] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const countryId = useUID();
  const modalHeadingId = useUID();
  const [bought, setBought] = useState<string | null>(null);
  const boughtHeadingId = useUID();

  const search = () => {
    setResults(null);
    // Results arrive late, as from the real search API.
    setTimeout(() => setResults(AVAILABLE.filter((n) => n.replace(/\D/g, '').includes(digits.replace(/\D/g, '')))), 400);
  };

  return (
    <Box maxWidth="size80">
      <Heading as="h1" variant="heading10">Buy a Number</Heading>
      <Box display="flex" columnGap="space60" alignItems="flex-end" marginBottom="space60">
        <Box>
          <Label htmlFor={countryId}>Country</Label>
          <Select id={countryId} value={country} onChange={(e) => setCountry(e.target.value)}>
            <Option value="US">United States (+1)</Option>
            <Option value="GB">United Kingdom (+44)</Option>
          </Select>
        </Box>
        <Field label="Number" value={digits} onChange={setDigits} placeholder="Search by digits or phrases" />
        <Box marginBottom="space60"><Button variant="primary" onClick={search}>Search</Button></Box>
      </Box>
      {results ? (
        <Table>
          <THead><Tr><Th>Number</Th><Th>Capabilities</Th><Th>Monthly fee</Th><Th>Action</Th></Tr></THead>
          <TBody>
            {results.map((n) => (
              <Tr key={n}>
                <Td>{n}</Td><Td>Voice, SMS, MMS</Td><Td>$1.15</Td>
                <Td>
                  {owned.includes(n) ? 'Owned' : <Button variant="secondary" size="small" onClick={() => setBuying(n)}>Buy</Button>}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
      <Box marginTop="space60"><Paragraph>Your numbers: {owned.length === 0 ? 'none yet' : owned.join(', ')}</Paragraph></Box>
      <StatusLine name="number" text={status} />
      {/* After Buy the console confirms in the same dialog, as Twilio's does. */}
      <Modal isOpen={bought !== null} onDismiss={() => setBought(null)} size="default" ariaLabelledby={boughtHeadingId}>
        <ModalHeader><ModalHeading as="h2" id={boughtHeadingId}>Congratulations!</ModalHeading></ModalHeader>
        <ModalBody><Paragraph>Your new phone number is {bought}</Paragraph></ModalBody>
        <ModalFooter><ModalFooterActions><Button variant="primary" onClick={() => setBought(null)}>Close</Button></ModalFooterActions></ModalFooter>
      </Modal>
      <Modal isOpen={buying !== null} onDismiss={() => setBuying(null)} size="default" ariaLabelledby={modalHeadingId}>
        <ModalHeader><ModalHeading as="h2" id={modalHeadingId}>Review phone number</ModalHeading></ModalHeader>
        <ModalBody><Paragraph>You are about to buy {buying} for $1.15/month.</Paragraph></ModalBody>
        <ModalFooter>
          <ModalFooterActions>
            <Button variant="secondary" onClick={() => setBuying(null)}>Cancel</Button>
            <Button variant="primary" onClick={() => {
              if (buying) {
                setOwned([...owned, buying]);
                setStatus(`You bought ${buying}`);
                setBought(buying);
              }
              setBuying(null);
            }}>Buy {buying}</Button>
          </ModalFooterActions>
        </ModalFooter>
      </Modal>
    </Box>
  );
}

export function A2pOverview() {
  const [brand, setBrand] = usePersisted<string | null>('twilio.a2pBrand', null);
  const [name, setName] = useState('');
  return (
    <Box maxWidth="size70">
      <Heading as="h1" variant="heading10">A2P 10DLC</Heading>
      <Paragraph>US carriers require businesses to register before sending SMS over 10-digit long codes.</Paragraph>
      {brand ? (
        <Paragraph>Brand registration: <strong>{brand}</strong> — Status: Pending review</Paragraph>
      ) : (
        <Surface title="Register your brand" behind={null} back={location.pathname} untitledPage>
          <Field label="Legal business name" required value={name} onChange={setName} />
          <Button variant="primary" disabled={name.trim() === ''} onClick={() => setBrand(name.trim())}>Register brand</Button>
        </Surface>
      )}
    </Box>
  );
}
