-- A database made by shelfwatch 0.1 (commit 04ff526, tables from metadata.create_all, no alembic_version):
-- the starting point of tests/core/test_migrations.py. Made with that release's Store API.
BEGIN TRANSACTION;
CREATE TABLE blacklist (
	id INTEGER NOT NULL, 
	list VARCHAR(32) NOT NULL, 
	name TEXT NOT NULL, 
	uscc VARCHAR(18) NOT NULL, 
	brand TEXT NOT NULL, 
	product TEXT NOT NULL, 
	model TEXT NOT NULL, 
	batch TEXT NOT NULL, 
	reason TEXT NOT NULL, 
	listed_on DATE, 
	delisted_on DATE, 
	source TEXT NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "blacklist" VALUES(1,'credit_blacklist','浙江某某服饰有限公司','','','','','','test',NULL,NULL,'test');
CREATE TABLE claims (
	id INTEGER NOT NULL, 
	listing_id INTEGER NOT NULL, 
	crawl_id INTEGER, 
	kind VARCHAR(16) NOT NULL, 
	cert_type VARCHAR(32), 
	value TEXT NOT NULL, 
	raw TEXT NOT NULL, 
	location TEXT NOT NULL, 
	valid BOOLEAN, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(listing_id) REFERENCES listings (id) ON DELETE CASCADE, 
	FOREIGN KEY(crawl_id) REFERENCES crawls (id)
);
INSERT INTO "claims" VALUES(1,1,1,'standard',NULL,'GB/T 14272-2011','GB/T 14272-2011','param:执行标准',NULL,'');
INSERT INTO "claims" VALUES(2,1,1,'certificate','ccc','2021010901234567','2021010901234567','param:3C',1,'');
CREATE TABLE crawls (
	id INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	start_urls TEXT NOT NULL, 
	stats TEXT NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "crawls" VALUES(1,'2026-12-01 19:33:45.197280','2026-12-01 19:33:45.203824','["http://127.0.0.1:8800/jd/list.html"]','{"items_stored": 2}');
CREATE TABLE findings (
	id INTEGER NOT NULL, 
	listing_id INTEGER NOT NULL, 
	crawl_id INTEGER, 
	code VARCHAR(64) NOT NULL, 
	severity VARCHAR(16) NOT NULL, 
	evidence TEXT NOT NULL, 
	explanation TEXT NOT NULL, 
	subject TEXT NOT NULL, 
	source TEXT NOT NULL, 
	review VARCHAR(16) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(listing_id) REFERENCES listings (id) ON DELETE CASCADE, 
	FOREIGN KEY(crawl_id) REFERENCES crawls (id)
);
INSERT INTO "findings" VALUES(1,1,1,'standard_withdrawn','high','GB/T 14272-2011','标准已废止','GB/T 14272-2011','demo registry','confirmed','2026-12-01 19:33:45.200663');
INSERT INTO "findings" VALUES(2,1,1,'blacklisted_entity','high','浙江某某服饰有限公司','失信','浙江某某服饰有限公司','demo blacklist','open','2026-12-01 19:33:45.200663');
CREATE TABLE listings (
	id INTEGER NOT NULL, 
	url VARCHAR(2048) NOT NULL, 
	platform VARCHAR(128) NOT NULL, 
	item_id VARCHAR(128) NOT NULL, 
	title TEXT NOT NULL, 
	price FLOAT, 
	currency VARCHAR(8) NOT NULL, 
	brand TEXT NOT NULL, 
	model TEXT NOT NULL, 
	seller TEXT NOT NULL, 
	maker TEXT NOT NULL, 
	maker_address TEXT NOT NULL, 
	category TEXT NOT NULL, 
	category_key VARCHAR(64) NOT NULL, 
	params TEXT NOT NULL, 
	description TEXT NOT NULL, 
	fetched_at DATETIME, 
	rendered BOOLEAN NOT NULL, 
	risk FLOAT NOT NULL, 
	first_seen DATETIME NOT NULL, 
	last_crawl_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (url), 
	FOREIGN KEY(last_crawl_id) REFERENCES crawls (id)
);
INSERT INTO "listings" VALUES(1,'http://127.0.0.1:8800/jd/item/100001.html','jd-demo','100001','儿童羽绒服 冬季加厚',299.0,'CNY','小熊星','','小熊星童装旗舰店','浙江某某服饰有限公司','','','down_clothing','{"执行标准": "GB/T 14272-2011"}','','2026-11-27 08:00:00.000000',0,80.0,'2026-11-27 08:00:00.000000',1);
INSERT INTO "listings" VALUES(2,'http://127.0.0.1:8800/jd/item/100002.html','jd-demo','100002','电热水壶',299.0,'CNY','小熊星','','小熊星童装旗舰店','浙江某某服饰有限公司','','','down_clothing','{"执行标准": "GB/T 14272-2011"}','','2026-11-27 08:00:00.000000',0,0.0,'2026-11-27 08:00:00.000000',1);
CREATE TABLE pages (
	id INTEGER NOT NULL, 
	listing_id INTEGER, 
	crawl_id INTEGER, 
	url VARCHAR(2048) NOT NULL, 
	fetched_at DATETIME NOT NULL, 
	status INTEGER NOT NULL, 
	content_type TEXT NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	rendered BOOLEAN NOT NULL, 
	body BLOB NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_page_version UNIQUE (listing_id, sha256), 
	FOREIGN KEY(listing_id) REFERENCES listings (id) ON DELETE CASCADE, 
	FOREIGN KEY(crawl_id) REFERENCES crawls (id)
);
INSERT INTO "pages" VALUES(1,1,1,'http://127.0.0.1:8800/jd/item/100001.html','2026-12-01 19:33:45.201605',200,'text/html','a5a356235ca0d2e3cecb749f300b3375abf3c874a6b4dd44d8386d94c48c5fa8',0,X'789CB3C928C9CDB17BBE6FEFF3DD939ECDE9B5D107F30185230B33');
CREATE TABLE standards (
	code VARCHAR(64) NOT NULL, 
	title TEXT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	published DATE, 
	effective DATE, 
	withdrawn DATE, 
	replaced_by TEXT NOT NULL, 
	transition_until DATE, 
	categories TEXT NOT NULL, 
	source TEXT NOT NULL, 
	PRIMARY KEY (code)
);
INSERT INTO "standards" VALUES('GB/T 14272-2011','羽绒服装','recommended','current',NULL,NULL,NULL,'GB/T 14272-2021',NULL,'down_clothing','test');
CREATE INDEX ix_listings_category_key ON listings (category_key);
CREATE INDEX ix_listings_platform ON listings (platform);
CREATE INDEX ix_claims_crawl_id ON claims (crawl_id);
CREATE INDEX ix_claims_listing_id ON claims (listing_id);
CREATE INDEX ix_findings_listing_id ON findings (listing_id);
CREATE INDEX ix_findings_code ON findings (code);
CREATE INDEX ix_pages_listing_id ON pages (listing_id);
COMMIT;
