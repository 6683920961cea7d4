-- Written by hand (drizzle-kit generate --custom): rows every venue starts with.
-- Fair 1 is the permanent exhibition; booth edits are shown without approval until staff say otherwise.
INSERT INTO "fairs" ("id", "title", "permanent", "edits_need_approval")
VALUES (1, '{"ko":"상설 전시","en":"Permanent exhibition"}', true, false);
--> statement-breakpoint
-- The id above was given explicitly, so the identity sequence must not hand out 1 again.
ALTER TABLE "fairs" ALTER COLUMN "id" RESTART WITH 2;
--> statement-breakpoint
-- Version 0: nothing imported yet; the brochure import makes version 1.
INSERT INTO "venue_version" ("id", "version") VALUES (1, 0);
