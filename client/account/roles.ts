import type { Role } from '../../shared/api/account.ts';

/** Each role's name (account namespace): the type makes a new role a compile error here. */
export const ROLE_KEY: Record<Role, string> = {
  admin: 'account:roleAdmin',
  moderator: 'account:roleModerator',
  enterprise: 'account:roleEnterprise',
};
