import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`dimensions_setting_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`setting\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dimensions_setting_notes_order_idx\` ON \`dimensions_setting_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dimensions_setting_notes_parent_id_idx\` ON \`dimensions_setting_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dimensions_setting_notes_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dimensions_setting_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`dimensions_setting_notes_locales_locale_parent_id_unique\` ON \`dimensions_setting_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dimensions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric,
  	\`colour\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`dimensions_slug_idx\` ON \`dimensions\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dimensions_order_idx\` ON \`dimensions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`dimensions_updated_at_idx\` ON \`dimensions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dimensions_created_at_idx\` ON \`dimensions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`dimensions__status_idx\` ON \`dimensions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`dimensions_locales\` (
  	\`name\` text,
  	\`subtitle\` text,
  	\`summary\` text,
  	\`explanation\` text,
  	\`caregiver_focus\` text,
  	\`child_gains\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`dimensions_locales_locale_parent_id_unique\` ON \`dimensions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dimensions_v_version_setting_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`setting\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dimensions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dimensions_v_version_setting_notes_order_idx\` ON \`_dimensions_v_version_setting_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_version_setting_notes_parent_id_idx\` ON \`_dimensions_v_version_setting_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dimensions_v_version_setting_notes_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dimensions_v_version_setting_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_dimensions_v_version_setting_notes_locales_locale_parent_id\` ON \`_dimensions_v_version_setting_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dimensions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric,
  	\`version_colour\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_dimensions_v_parent_idx\` ON \`_dimensions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_version_version_slug_idx\` ON \`_dimensions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_version_version_order_idx\` ON \`_dimensions_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_version_version_updated_at_idx\` ON \`_dimensions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_version_version_created_at_idx\` ON \`_dimensions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_version_version__status_idx\` ON \`_dimensions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_created_at_idx\` ON \`_dimensions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_updated_at_idx\` ON \`_dimensions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_snapshot_idx\` ON \`_dimensions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_published_locale_idx\` ON \`_dimensions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_dimensions_v_latest_idx\` ON \`_dimensions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_dimensions_v_locales\` (
  	\`version_name\` text,
  	\`version_subtitle\` text,
  	\`version_summary\` text,
  	\`version_explanation\` text,
  	\`version_caregiver_focus\` text,
  	\`version_child_gains\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dimensions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_dimensions_v_locales_locale_parent_id_unique\` ON \`_dimensions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`explanations_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`explanations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`explanations_settings_order_idx\` ON \`explanations_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`explanations_settings_parent_idx\` ON \`explanations_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`explanations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`explanations_slug_idx\` ON \`explanations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`explanations_updated_at_idx\` ON \`explanations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`explanations_created_at_idx\` ON \`explanations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`explanations__status_idx\` ON \`explanations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`explanations_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`explanations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`explanations_locales_locale_parent_id_unique\` ON \`explanations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`explanations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dimensions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`explanations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dimensions_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`explanations_rels_order_idx\` ON \`explanations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`explanations_rels_parent_idx\` ON \`explanations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`explanations_rels_path_idx\` ON \`explanations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`explanations_rels_dimensions_id_idx\` ON \`explanations_rels\` (\`dimensions_id\`);`)
  await db.run(sql`CREATE TABLE \`_explanations_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_explanations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_explanations_v_version_settings_order_idx\` ON \`_explanations_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_version_settings_parent_idx\` ON \`_explanations_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_explanations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`explanations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_explanations_v_parent_idx\` ON \`_explanations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_version_version_slug_idx\` ON \`_explanations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_version_version_updated_at_idx\` ON \`_explanations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_version_version_created_at_idx\` ON \`_explanations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_version_version__status_idx\` ON \`_explanations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_created_at_idx\` ON \`_explanations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_updated_at_idx\` ON \`_explanations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_snapshot_idx\` ON \`_explanations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_published_locale_idx\` ON \`_explanations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_latest_idx\` ON \`_explanations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_explanations_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_explanations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_explanations_v_locales_locale_parent_id_unique\` ON \`_explanations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_explanations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dimensions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_explanations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dimensions_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_explanations_v_rels_order_idx\` ON \`_explanations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_rels_parent_idx\` ON \`_explanations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_rels_path_idx\` ON \`_explanations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_explanations_v_rels_dimensions_id_idx\` ON \`_explanations_v_rels\` (\`dimensions_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`checklists_settings_order_idx\` ON \`checklists_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`checklists_settings_parent_idx\` ON \`checklists_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists_sections_rating_parts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`checklists_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`checklists_sections_rating_parts_order_idx\` ON \`checklists_sections_rating_parts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`checklists_sections_rating_parts_parent_id_idx\` ON \`checklists_sections_rating_parts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists_sections_rating_parts_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`checklists_sections_rating_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`checklists_sections_rating_parts_locales_locale_parent_id_un\` ON \`checklists_sections_rating_parts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists_sections_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`checklists_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`checklists_sections_items_order_idx\` ON \`checklists_sections_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`checklists_sections_items_parent_id_idx\` ON \`checklists_sections_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists_sections_items_locales\` (
  	\`question\` text,
  	\`evidence_prompt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`checklists_sections_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`checklists_sections_items_locales_locale_parent_id_unique\` ON \`checklists_sections_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`dimension_id\` integer,
  	FOREIGN KEY (\`dimension_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`checklists_sections_order_idx\` ON \`checklists_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`checklists_sections_parent_id_idx\` ON \`checklists_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`checklists_sections_dimension_idx\` ON \`checklists_sections\` (\`dimension_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists_sections_locales\` (
  	\`guidance\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`checklists_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`checklists_sections_locales_locale_parent_id_unique\` ON \`checklists_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`age_band\` text,
  	\`asks_rating\` integer DEFAULT true,
  	\`is_sample\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`checklists_slug_idx\` ON \`checklists\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`checklists_updated_at_idx\` ON \`checklists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`checklists_created_at_idx\` ON \`checklists\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`checklists__status_idx\` ON \`checklists\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`checklists_locales\` (
  	\`title\` text,
  	\`introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`checklists_locales_locale_parent_id_unique\` ON \`checklists_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`checklists_rels_order_idx\` ON \`checklists_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`checklists_rels_parent_idx\` ON \`checklists_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`checklists_rels_path_idx\` ON \`checklists_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`checklists_rels_resources_id_idx\` ON \`checklists_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_checklists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_settings_order_idx\` ON \`_checklists_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_settings_parent_idx\` ON \`_checklists_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_version_sections_rating_parts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_checklists_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_rating_parts_order_idx\` ON \`_checklists_v_version_sections_rating_parts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_rating_parts_parent_id_idx\` ON \`_checklists_v_version_sections_rating_parts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_version_sections_rating_parts_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_checklists_v_version_sections_rating_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_checklists_v_version_sections_rating_parts_locales_locale_p\` ON \`_checklists_v_version_sections_rating_parts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_version_sections_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_checklists_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_items_order_idx\` ON \`_checklists_v_version_sections_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_items_parent_id_idx\` ON \`_checklists_v_version_sections_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_version_sections_items_locales\` (
  	\`question\` text,
  	\`evidence_prompt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_checklists_v_version_sections_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_checklists_v_version_sections_items_locales_locale_parent_i\` ON \`_checklists_v_version_sections_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dimension_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`dimension_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_checklists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_order_idx\` ON \`_checklists_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_parent_id_idx\` ON \`_checklists_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_dimension_idx\` ON \`_checklists_v_version_sections\` (\`dimension_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_version_sections_locales\` (
  	\`guidance\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_checklists_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_checklists_v_version_sections_locales_locale_parent_id_uniq\` ON \`_checklists_v_version_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_age_band\` text,
  	\`version_asks_rating\` integer DEFAULT true,
  	\`version_is_sample\` integer DEFAULT true,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_checklists_v_parent_idx\` ON \`_checklists_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_slug_idx\` ON \`_checklists_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_updated_at_idx\` ON \`_checklists_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_created_at_idx\` ON \`_checklists_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version__status_idx\` ON \`_checklists_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_created_at_idx\` ON \`_checklists_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_updated_at_idx\` ON \`_checklists_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_snapshot_idx\` ON \`_checklists_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_published_locale_idx\` ON \`_checklists_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_latest_idx\` ON \`_checklists_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_locales\` (
  	\`version_title\` text,
  	\`version_introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_checklists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_checklists_v_locales_locale_parent_id_unique\` ON \`_checklists_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_checklists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_checklists_v_rels_order_idx\` ON \`_checklists_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_rels_parent_idx\` ON \`_checklists_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_rels_path_idx\` ON \`_checklists_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_rels_resources_id_idx\` ON \`_checklists_v_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_settings_order_idx\` ON \`resources_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_settings_parent_idx\` ON \`resources_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`type\` text,
  	\`file_id\` integer,
  	\`external_url\` text,
  	\`language\` text DEFAULT 'en',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`resources_slug_idx\` ON \`resources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`resources_file_idx\` ON \`resources\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_updated_at_idx\` ON \`resources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resources_created_at_idx\` ON \`resources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`resources__status_idx\` ON \`resources\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`resources_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`resources_locales_locale_parent_id_unique\` ON \`resources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dimensions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dimensions_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_rels_order_idx\` ON \`resources_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_parent_idx\` ON \`resources_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_path_idx\` ON \`resources_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_dimensions_id_idx\` ON \`resources_rels\` (\`dimensions_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_version_settings_order_idx\` ON \`_resources_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_settings_parent_idx\` ON \`_resources_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_type\` text,
  	\`version_file_id\` integer,
  	\`version_external_url\` text,
  	\`version_language\` text DEFAULT 'en',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_parent_idx\` ON \`_resources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_slug_idx\` ON \`_resources_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_file_idx\` ON \`_resources_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_updated_at_idx\` ON \`_resources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_created_at_idx\` ON \`_resources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version__status_idx\` ON \`_resources_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_created_at_idx\` ON \`_resources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_updated_at_idx\` ON \`_resources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_snapshot_idx\` ON \`_resources_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_published_locale_idx\` ON \`_resources_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_latest_idx\` ON \`_resources_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_resources_v_locales_locale_parent_id_unique\` ON \`_resources_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dimensions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dimensions_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_order_idx\` ON \`_resources_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_parent_idx\` ON \`_resources_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_path_idx\` ON \`_resources_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_dimensions_id_idx\` ON \`_resources_v_rels\` (\`dimensions_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies_allowed_origins\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`origin\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_allowed_origins_order_idx\` ON \`agencies_allowed_origins\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agencies_allowed_origins_parent_id_idx\` ON \`agencies_allowed_origins\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`theme_primary\` text,
  	\`theme_accent\` text,
  	\`theme_surface\` text,
  	\`theme_text\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_website\` text,
  	\`analytics_opt_in\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agencies_slug_idx\` ON \`agencies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`agency_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_agency_idx\` ON \`users\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dimensions_id\` integer,
  	\`explanations_id\` integer,
  	\`checklists_id\` integer,
  	\`resources_id\` integer,
  	\`media_id\` integer,
  	\`agencies_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dimensions_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`explanations_id\`) REFERENCES \`explanations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklists_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dimensions_id_idx\` ON \`payload_locked_documents_rels\` (\`dimensions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_explanations_id_idx\` ON \`payload_locked_documents_rels\` (\`explanations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_checklists_id_idx\` ON \`payload_locked_documents_rels\` (\`checklists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`caregiving_cycle_stages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`actor\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`caregiving_cycle\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`caregiving_cycle_stages_order_idx\` ON \`caregiving_cycle_stages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`caregiving_cycle_stages_parent_id_idx\` ON \`caregiving_cycle_stages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`caregiving_cycle_stages_locales\` (
  	\`label\` text,
  	\`explanation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`caregiving_cycle_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`caregiving_cycle_stages_locales_locale_parent_id_unique\` ON \`caregiving_cycle_stages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`caregiving_cycle_dimension_steps_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`caregiving_cycle_dimension_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`caregiving_cycle_dimension_steps_steps_order_idx\` ON \`caregiving_cycle_dimension_steps_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`caregiving_cycle_dimension_steps_steps_parent_id_idx\` ON \`caregiving_cycle_dimension_steps_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`caregiving_cycle_dimension_steps_steps_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`caregiving_cycle_dimension_steps_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`caregiving_cycle_dimension_steps_steps_locales_locale_parent\` ON \`caregiving_cycle_dimension_steps_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`caregiving_cycle_dimension_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`dimension_id\` integer,
  	FOREIGN KEY (\`dimension_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`caregiving_cycle\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`caregiving_cycle_dimension_steps_order_idx\` ON \`caregiving_cycle_dimension_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`caregiving_cycle_dimension_steps_parent_id_idx\` ON \`caregiving_cycle_dimension_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`caregiving_cycle_dimension_steps_dimension_idx\` ON \`caregiving_cycle_dimension_steps\` (\`dimension_id\`);`)
  await db.run(sql`CREATE TABLE \`caregiving_cycle\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`caregiving_cycle__status_idx\` ON \`caregiving_cycle\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`caregiving_cycle_locales\` (
  	\`title\` text,
  	\`introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`caregiving_cycle\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`caregiving_cycle_locales_locale_parent_id_unique\` ON \`caregiving_cycle_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_caregiving_cycle_v_version_stages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`actor\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_caregiving_cycle_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_version_stages_order_idx\` ON \`_caregiving_cycle_v_version_stages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_version_stages_parent_id_idx\` ON \`_caregiving_cycle_v_version_stages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_caregiving_cycle_v_version_stages_locales\` (
  	\`label\` text,
  	\`explanation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_caregiving_cycle_v_version_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_caregiving_cycle_v_version_stages_locales_locale_parent_id_\` ON \`_caregiving_cycle_v_version_stages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_caregiving_cycle_v_version_dimension_steps_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_caregiving_cycle_v_version_dimension_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_version_dimension_steps_steps_order_idx\` ON \`_caregiving_cycle_v_version_dimension_steps_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_version_dimension_steps_steps_parent_id_idx\` ON \`_caregiving_cycle_v_version_dimension_steps_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_caregiving_cycle_v_version_dimension_steps_steps_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_caregiving_cycle_v_version_dimension_steps_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_caregiving_cycle_v_version_dimension_steps_steps_locales_lo\` ON \`_caregiving_cycle_v_version_dimension_steps_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_caregiving_cycle_v_version_dimension_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dimension_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`dimension_id\`) REFERENCES \`dimensions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_caregiving_cycle_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_version_dimension_steps_order_idx\` ON \`_caregiving_cycle_v_version_dimension_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_version_dimension_steps_parent_id_idx\` ON \`_caregiving_cycle_v_version_dimension_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_version_dimension_steps_dimension_idx\` ON \`_caregiving_cycle_v_version_dimension_steps\` (\`dimension_id\`);`)
  await db.run(sql`CREATE TABLE \`_caregiving_cycle_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_version_version__status_idx\` ON \`_caregiving_cycle_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_created_at_idx\` ON \`_caregiving_cycle_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_updated_at_idx\` ON \`_caregiving_cycle_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_snapshot_idx\` ON \`_caregiving_cycle_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_published_locale_idx\` ON \`_caregiving_cycle_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_caregiving_cycle_v_latest_idx\` ON \`_caregiving_cycle_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_caregiving_cycle_v_locales\` (
  	\`version_title\` text,
  	\`version_introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_caregiving_cycle_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_caregiving_cycle_v_locales_locale_parent_id_unique\` ON \`_caregiving_cycle_v_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`dimensions_setting_notes\`;`)
  await db.run(sql`DROP TABLE \`dimensions_setting_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`dimensions\`;`)
  await db.run(sql`DROP TABLE \`dimensions_locales\`;`)
  await db.run(sql`DROP TABLE \`_dimensions_v_version_setting_notes\`;`)
  await db.run(sql`DROP TABLE \`_dimensions_v_version_setting_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`_dimensions_v\`;`)
  await db.run(sql`DROP TABLE \`_dimensions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`explanations_settings\`;`)
  await db.run(sql`DROP TABLE \`explanations\`;`)
  await db.run(sql`DROP TABLE \`explanations_locales\`;`)
  await db.run(sql`DROP TABLE \`explanations_rels\`;`)
  await db.run(sql`DROP TABLE \`_explanations_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_explanations_v\`;`)
  await db.run(sql`DROP TABLE \`_explanations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_explanations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`checklists_settings\`;`)
  await db.run(sql`DROP TABLE \`checklists_sections_rating_parts\`;`)
  await db.run(sql`DROP TABLE \`checklists_sections_rating_parts_locales\`;`)
  await db.run(sql`DROP TABLE \`checklists_sections_items\`;`)
  await db.run(sql`DROP TABLE \`checklists_sections_items_locales\`;`)
  await db.run(sql`DROP TABLE \`checklists_sections\`;`)
  await db.run(sql`DROP TABLE \`checklists_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`checklists\`;`)
  await db.run(sql`DROP TABLE \`checklists_locales\`;`)
  await db.run(sql`DROP TABLE \`checklists_rels\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_version_sections_rating_parts\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_version_sections_rating_parts_locales\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_version_sections_items\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_version_sections_items_locales\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_version_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_rels\`;`)
  await db.run(sql`DROP TABLE \`resources_settings\`;`)
  await db.run(sql`DROP TABLE \`resources\`;`)
  await db.run(sql`DROP TABLE \`resources_locales\`;`)
  await db.run(sql`DROP TABLE \`resources_rels\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_resources_v\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`agencies_allowed_origins\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`caregiving_cycle_stages\`;`)
  await db.run(sql`DROP TABLE \`caregiving_cycle_stages_locales\`;`)
  await db.run(sql`DROP TABLE \`caregiving_cycle_dimension_steps_steps\`;`)
  await db.run(sql`DROP TABLE \`caregiving_cycle_dimension_steps_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`caregiving_cycle_dimension_steps\`;`)
  await db.run(sql`DROP TABLE \`caregiving_cycle\`;`)
  await db.run(sql`DROP TABLE \`caregiving_cycle_locales\`;`)
  await db.run(sql`DROP TABLE \`_caregiving_cycle_v_version_stages\`;`)
  await db.run(sql`DROP TABLE \`_caregiving_cycle_v_version_stages_locales\`;`)
  await db.run(sql`DROP TABLE \`_caregiving_cycle_v_version_dimension_steps_steps\`;`)
  await db.run(sql`DROP TABLE \`_caregiving_cycle_v_version_dimension_steps_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_caregiving_cycle_v_version_dimension_steps\`;`)
  await db.run(sql`DROP TABLE \`_caregiving_cycle_v\`;`)
  await db.run(sql`DROP TABLE \`_caregiving_cycle_v_locales\`;`)
}
