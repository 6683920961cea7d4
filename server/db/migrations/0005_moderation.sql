CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"reason" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "banned_words" (
	"word" text PRIMARY KEY NOT NULL,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"shard" text NOT NULL,
	"scope" text NOT NULL,
	"booth_id" text,
	"reason" text NOT NULL,
	"reporter_guest_id" text NOT NULL,
	"reporter_nickname" text NOT NULL,
	"message_id" text NOT NULL,
	"offender_guest_id" text NOT NULL,
	"offender_nickname" text NOT NULL,
	"lines" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_by" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "chat_reports_status" CHECK ("chat_reports"."status" in ('open', 'resolved', 'dismissed'))
);
--> statement-breakpoint
CREATE TABLE "moderation_bans" (
	"key" text PRIMARY KEY NOT NULL,
	"guest_id" text,
	"address" text,
	"until" timestamp with time zone,
	"reason" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_log_at" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_action_at" ON "audit_log" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "chat_reports_status_at" ON "chat_reports" USING btree ("status","at");--> statement-breakpoint
-- The built-in list (server/chat/bannedWords.ts) as the first rows: staff edit it in /admin from here.
INSERT INTO "banned_words" ("word", "added_by") VALUES ('씨발', 'seed'), ('시발', 'seed'), ('씨바', 'seed'), ('ㅅㅂ', 'seed'), ('ㅆㅂ', 'seed'), ('병신', 'seed'), ('ㅂㅅ', 'seed'), ('개새끼', 'seed'), ('좆', 'seed'), ('지랄', 'seed'), ('미친놈', 'seed'), ('미친년', 'seed'), ('fuck', 'seed'), ('shit', 'seed'), ('bitch', 'seed'), ('asshole', 'seed');
