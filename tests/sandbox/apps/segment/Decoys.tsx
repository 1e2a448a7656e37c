// Fixture "decoys": text that reads like the real labels but names no field a person fills (tooltip, table header,
// hidden template, aria-hidden clone), placed inside the real card before its fields.
import { Pane, Text, TextInputField } from 'evergreen-ui';
import { useGeneratedId } from '../shared/hooks.tsx';

export function Decoys() {
  const cloneId = useGeneratedId('TextInputField');
  return (
    <Pane marginBottom={16} data-sandbox-fixture="decoys">
      <Text role="tooltip" display="block" size={300}>
        Account SID
      </Text>
      <table aria-label="Recently used credentials">
        <thead>
          <tr><th>Account SID</th><th>API Key SID</th></tr>
        </thead>
        <tbody>
          <tr>
            <td><input readOnly aria-label="Recently used account" defaultValue="AC00000000000000000000000000000000" /></td>
            <td><input readOnly aria-label="Recently used key" defaultValue="SK00000000000000000000000000000000" /></td>
          </tr>
        </tbody>
      </table>
      <template dangerouslySetInnerHTML={{ __html: '<label for="tpl-sid">Account SID</label><input id="tpl-sid">' }} />
      {/* A visible clone kept for an exit animation, hidden from assistive tech. */}
      <Pane aria-hidden="true" opacity={0.5}>
        <TextInputField id={cloneId} label="API Key Secret" tabIndex={-1} readOnly value="" />
      </Pane>
    </Pane>
  );
}
