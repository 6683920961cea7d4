CREATE TABLE "analytics_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analytics_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"fair_id" integer NOT NULL,
	"booth_id" text NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "analytics_events_kind" CHECK ("analytics_events"."kind" in ('dialog_open', 'link_click', 'product_click'))
);
--> statement-breakpoint
CREATE TABLE "analytics_heat" (
	"fair_id" integer NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"cell_x" smallint NOT NULL,
	"cell_z" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "analytics_heat_fair_id_bucket_cell_x_cell_z_pk" PRIMARY KEY("fair_id","bucket","cell_x","cell_z")
);
--> statement-breakpoint
CREATE TABLE "analytics_visits" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analytics_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"fair_id" integer NOT NULL,
	"booth_id" text NOT NULL,
	"visitor_hash" text NOT NULL,
	"day" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"dwell_ms" integer NOT NULL,
	CONSTRAINT "analytics_visits_dwell" CHECK ("analytics_visits"."dwell_ms" >= 0)
);
--> statement-breakpoint
ALTER TABLE "analytics_events" ADD CONSTRAINT "analytics_events_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_heat" ADD CONSTRAINT "analytics_heat_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_visits" ADD CONSTRAINT "analytics_visits_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analytics_events_fair" ON "analytics_events" USING btree ("fair_id","at");--> statement-breakpoint
CREATE INDEX "analytics_events_booth" ON "analytics_events" USING btree ("booth_id","at");--> statement-breakpoint
CREATE INDEX "analytics_visits_fair_booth" ON "analytics_visits" USING btree ("fair_id","booth_id","day","visitor_hash","dwell_ms");--> statement-breakpoint
CREATE INDEX "analytics_visits_fair_time" ON "analytics_visits" USING btree ("fair_id","started_at","visitor_hash");--> statement-breakpoint
CREATE INDEX "analytics_visits_booth_time" ON "analytics_visits" USING btree ("booth_id","started_at");