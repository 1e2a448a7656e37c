// Background service worker: wires each domain's handlers; the logic lives in utils/.
export default defineBackground(() => {});
