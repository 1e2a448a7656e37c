// "Allow reading copied values": asks for the optional clipboardRead permission on the person's click, and says what refusing means.
import { useEffect, useState } from 'react';
import { clipboardReadAllowed, clipboardReadIsOptional, requestClipboardRead, watchClipboardRead } from '../../utils/vault/permission';

export default function ClipboardPermission() {
  const [allowed, setAllowed] = useState<boolean | undefined>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!clipboardReadIsOptional()) return;
    const check = () => void clipboardReadAllowed().then(setAllowed);
    check();
    return watchClipboardRead(check);
  }, []);
  if (allowed === undefined || (allowed && !status)) return null;
  return (
    <div className="vault-permission">
      {!allowed && (<>
      <p>
        Some consoles only offer a copy button (Segment’s “Copy webhook URL”, SendGrid’s click-to-copy API key). To keep what it copies,
        Engage Copilot needs to read the clipboard, right after you click such a button. The same permission lets it clear a value you
        copy from this panel after 60 seconds, once it has checked the clipboard still holds it. It reads the clipboard at no other time.
      </p>
      <button
        type="button"
        onClick={() => {
          // No await before request(): the browser grants it only inside this click.
          void requestClipboardRead().then((granted) => {
            setAllowed(granted);
            setStatus(granted
              ? 'Allowed. Click the console’s copy button again to keep its value.'
              : 'Not allowed. Copy buttons will not be kept; select a value and press Ctrl+C instead. Everything else works as before.');
          });
        }}
      >
        Allow reading copied values
      </button>
      </>)}
      <output aria-live="polite">{status}</output>
    </div>
  );
}
