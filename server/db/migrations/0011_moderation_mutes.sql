CREATE TABLE "moderation_mutes" (
	"guest_id" text PRIMARY KEY NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "moderation_mutes_until" ON "moderation_mutes" USING btree ("until");