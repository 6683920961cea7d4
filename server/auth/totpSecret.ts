/**
 * TOTP secrets at rest: sealed with AES-256-GCM under a key derived (HKDF) from SESSION_SECRET, so
 * a copy of the database alone gives no one's second factor. Changing SESSION_SECRET therefore
 * also ends every enrolment (docs/operations.md says so); a sealed value that no longer opens is
 * treated as no second factor by nobody: sign-in refuses (openSecret returns null).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const ALG = 'aes-256-gcm';

export interface SecretBox {
  seal(plain: string): string;
  /** The secret, or null when the value was not sealed with this key. */
  open(sealed: string): string | null;
}

export function secretBox(sessionSecret: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', sessionSecret, 'seeot-totp', 'totp secret at rest', 32));
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv(ALG, key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
    },
    open(sealed) {
      const [v, iv, body, tag] = sealed.split('.');
      if (v !== 'v1' || !iv || !body || !tag) return null;
      try {
        const decipher = createDecipheriv(ALG, key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
