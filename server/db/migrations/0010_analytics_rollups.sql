CREATE TABLE "analytics_booth_day_visitors" (
	"fair_id" integer NOT NULL,
	"booth_id" text NOT NULL,
	"day" date NOT NULL,
	"visitor_hash" text NOT NULL,
	CONSTRAINT "analytics_booth_day_visitors_fair_id_booth_id_day_visitor_hash_pk" PRIMARY KEY("fair_id","booth_id","day","visitor_hash")
);
--> statement-breakpoint
CREATE TABLE "analytics_booth_days" (
	"fair_id" integer NOT NULL,
	"booth_id" text NOT NULL,
	"day" date NOT NULL,
	"visits" integer NOT NULL,
	"dwell_ms" bigint NOT NULL,
	"unique_visitors" integer NOT NULL,
	CONSTRAINT "analytics_booth_days_fair_id_day_booth_id_pk" PRIMARY KEY("fair_id","day","booth_id"),
	CONSTRAINT "analytics_booth_days_counts" CHECK ("analytics_booth_days"."visits" > 0 and "analytics_booth_days"."dwell_ms" >= 0 and "analytics_booth_days"."unique_visitors" >= 0)
);
--> statement-breakpoint
CREATE TABLE "analytics_fair_slot_visitors" (
	"fair_id" integer NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"visitor_hash" text NOT NULL,
	CONSTRAINT "analytics_fair_slot_visitors_fair_id_bucket_visitor_hash_pk" PRIMARY KEY("fair_id","bucket","visitor_hash")
);
--> statement-breakpoint
CREATE TABLE "analytics_fair_slots" (
	"fair_id" integer NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"visitors" integer NOT NULL,
	CONSTRAINT "analytics_fair_slots_fair_id_bucket_pk" PRIMARY KEY("fair_id","bucket")
);
--> statement-breakpoint
CREATE TABLE "analytics_heat_days" (
	"fair_id" integer NOT NULL,
	"day" date NOT NULL,
	"cell_x" smallint NOT NULL,
	"cell_z" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "analytics_heat_days_fair_id_day_cell_x_cell_z_pk" PRIMARY KEY("fair_id","day","cell_x","cell_z")
);
--> statement-breakpoint
DROP INDEX "analytics_visits_fair_booth";--> statement-breakpoint
DROP INDEX "analytics_visits_booth_time";--> statement-breakpoint
DROP INDEX "analytics_visits_fair_time";--> statement-breakpoint
ALTER TABLE "analytics_booth_day_visitors" ADD CONSTRAINT "analytics_booth_day_visitors_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_booth_days" ADD CONSTRAINT "analytics_booth_days_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_fair_slot_visitors" ADD CONSTRAINT "analytics_fair_slot_visitors_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_fair_slots" ADD CONSTRAINT "analytics_fair_slots_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_heat_days" ADD CONSTRAINT "analytics_heat_days_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analytics_visits_booth_day" ON "analytics_visits" USING btree ("booth_id","day","started_at","visitor_hash","dwell_ms");--> statement-breakpoint
CREATE INDEX "analytics_visits_fair_time" ON "analytics_visits" USING btree ("fair_id","started_at");--> statement-breakpoint
-- Rollups of the visits and heat already recorded (server/db/analyticsRollups.ts ROLLUP_BACKFILL).
INSERT INTO analytics_booth_day_visitors (fair_id, booth_id, day, visitor_hash) SELECT DISTINCT fair_id, booth_id, day, visitor_hash FROM analytics_visits;--> statement-breakpoint
INSERT INTO analytics_booth_days (fair_id, booth_id, day, visits, dwell_ms, unique_visitors) SELECT fair_id, booth_id, day, count(*), sum(dwell_ms), count(DISTINCT visitor_hash) FROM analytics_visits GROUP BY fair_id, booth_id, day;--> statement-breakpoint
INSERT INTO analytics_fair_slot_visitors (fair_id, bucket, visitor_hash) SELECT DISTINCT fair_id, date_bin('10 minutes', started_at, timestamptz '2000-01-01'), visitor_hash FROM analytics_visits;--> statement-breakpoint
INSERT INTO analytics_fair_slots (fair_id, bucket, visitors) SELECT fair_id, bucket, count(*) FROM analytics_fair_slot_visitors GROUP BY fair_id, bucket;--> statement-breakpoint
INSERT INTO analytics_heat_days (fair_id, day, cell_x, cell_z, count) SELECT fair_id, ((bucket AT TIME ZONE 'UTC') + interval '9 hours')::date, cell_x, cell_z, sum(count) FROM analytics_heat GROUP BY 1, 2, 3, 4;
