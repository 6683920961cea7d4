/** Shapes of what crosses processes through presence: validated on receipt, since Redis delivers any JSON. */
import { z } from 'zod';
import { CHAT_SCOPES } from '../../shared/chat/rules.ts';

export const ChatLineSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  scope: z.enum(CHAT_SCOPES),
  boothId: z.string().max(100).nullable(),
  senderId: z.string().max(64),
  shardId: z.string().max(64),
  nickname: z.string().max(100),
  staff: z.boolean(),
  text: z.string().max(1200),
  at: z.number(),
});
