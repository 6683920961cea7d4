import type { FieldErrors } from './errors.ts';

/** The second password field must repeat the first: checked before anything is sent. */
export function passwordMismatch(values: Record<string, string>): FieldErrors {
  return values.password !== undefined && values.password !== values.password2 ? { password2: 'account:errPasswordMatch' } : {};
}
