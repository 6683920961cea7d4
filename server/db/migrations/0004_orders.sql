CREATE TABLE "listings" (
	"id" text PRIMARY KEY NOT NULL,
	"booth_id" text NOT NULL,
	"fair_id" integer NOT NULL,
	"name" text NOT NULL,
	"price_won" bigint NOT NULL,
	"stock_left" integer NOT NULL,
	"deal_price_won" bigint,
	"deal_ends_at" timestamp with time zone,
	"reservation_hours" integer DEFAULT 24 NOT NULL,
	"transfer_instructions" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listings_stock_left" CHECK ("listings"."stock_left" >= 0),
	CONSTRAINT "listings_price" CHECK ("listings"."price_won" >= 0 and ("listings"."deal_price_won" is null or "listings"."deal_price_won" >= 0))
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"listing_id" text NOT NULL,
	"booth_id" text NOT NULL,
	"fair_id" integer NOT NULL,
	"name" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_won" bigint NOT NULL,
	"transfer_instructions" text NOT NULL,
	"status" text DEFAULT 'reserved' NOT NULL,
	"cancelled_by" text,
	"buyer_name" text NOT NULL,
	"phone" text NOT NULL,
	"address" text NOT NULL,
	"postcode" text,
	"lang" text NOT NULL,
	"consent_version" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "orders_number_unique" UNIQUE("number"),
	CONSTRAINT "orders_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "orders_quantity" CHECK ("orders"."quantity" > 0),
	CONSTRAINT "orders_status" CHECK ("orders"."status" in ('reserved', 'confirmed', 'cancelled', 'expired'))
);
--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_booth_id_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listings_booth" ON "listings" USING btree ("booth_id");--> statement-breakpoint
CREATE INDEX "orders_booth" ON "orders" USING btree ("booth_id","created_at");--> statement-breakpoint
CREATE INDEX "orders_listing" ON "orders" USING btree ("listing_id","status");--> statement-breakpoint
CREATE INDEX "orders_reserved_expiry" ON "orders" USING btree ("expires_at") WHERE "orders"."status" = 'reserved';