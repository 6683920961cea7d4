/**
 * WebSocket close codes the hall closes a connection with. Colyseus owns 4000–4010 (4010 makes the
 * SDK try to reconnect, which a kicked or flooding client must not do); ours sit in the 4400s,
 * echoing the HTTP status they resemble. None of them is followed by a reconnection.
 */
export const CLOSE_CODE = {
  kicked: 4401,
  banned: 4403,
  flood: 4429,
} as const;
