// The journey's second half: IP warmup, the notice, and the Twilio stage up to the Messaging Service's compliance step.
import type { Walk } from './journey.e2e.ts';

export async function twilioStage(w: Walk): Promise<void> {
  void w;
}
