CREATE TABLE "cluster_profiles" (
	"cluster_id" text PRIMARY KEY NOT NULL,
	"data" json NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" text PRIMARY KEY NOT NULL,
	"cluster_id" text NOT NULL,
	"bin" text NOT NULL,
	"name_ru" text DEFAULT '' NOT NULL,
	"name_kk" text DEFAULT '' NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"employees" integer,
	"region" text DEFAULT '' NOT NULL,
	"locality" text DEFAULT '' NOT NULL,
	"stage_id" text,
	"joined_at" text NOT NULL,
	"left_at" text,
	"contact" text DEFAULT '' NOT NULL,
	"in_organisation" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cluster_profiles" ADD CONSTRAINT "cluster_profiles_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_profiles" ADD CONSTRAINT "cluster_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participants_cluster_bin_idx" ON "participants" USING btree ("cluster_id","bin");