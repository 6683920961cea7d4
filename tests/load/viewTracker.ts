/**
 * What one visitor knows of the hall from its view messages: avatars by slot (dequantized), its own
 * ack. Used by the load bots and the room tests, the way the real client would keep it.
 */
import { dequantizeHeading8, dequantizePos } from '../../shared/net/quantize.ts';
import type { Rect } from '../../shared/world/types.ts';
import { decodeView } from '../../shared/net/view.ts';

export interface SeenAvatar {
  x: number;
  z: number;
  heading: number;
  /** Raw uint8 heading, for exact comparisons. */
  qHeading: number;
  flags: number;
  /** Index of the message that last carried it. */
  message: number;
}

export class ViewTracker {
  readonly bounds: Rect;
  readonly avatars = new Map<number, SeenAvatar>();
  ack = -1;
  messages = 0;
  bytes = 0;
  bad = 0;
  #listeners: (() => void)[] = [];

  constructor(bounds: Rect) {
    this.bounds = bounds;
  }

  /** Feed one HALL_BYTES.view payload. */
  apply(payload: Uint8Array): void {
    this.messages++;
    this.bytes += payload.byteLength;
    const b = this.bounds;
    const r = decodeView(
      payload,
      (slot, qx, qz, qh, flags) => {
        this.avatars.set(slot, { x: dequantizePos(qx, b.minX, b.maxX), z: dequantizePos(qz, b.minZ, b.maxZ), heading: dequantizeHeading8(qh), qHeading: qh, flags, message: this.messages });
      },
      (slot) => this.avatars.delete(slot),
    );
    if (!r.ok) {
      this.bad++;
      return;
    }
    this.ack = r.ack;
    for (const l of this.#listeners.splice(0)) l();
  }

  /** Resolves once `pred` holds after some message (checked on every message), or rejects after `ms`. */
  until(pred: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
      const check = (): void => {
        if (pred()) {
          clearTimeout(timer);
          resolve();
        } else this.#listeners.push(check);
      };
      this.#listeners.push(check);
    });
  }
}
