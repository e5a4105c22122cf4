import Database from 'better-sqlite3';
const db = new Database('/tmp/speed/dash.sqlite', { readonly: true });
db.pragma('mmap_size = 1073741824');
for (const t of ['representation', 'consent', 'insured_person']) console.log(t, db.prepare(`select count(*) from ${t}`).pluck().get());
console.log(db.prepare("select sql from sqlite_master where tbl_name in ('representation','consent') ").pluck().all().join('\n'));
console.log(db.prepare("select status, count(*) from representation group by 1").all());
console.log(db.prepare("select kind, count(*) from consent group by 1").all());
console.log(db.prepare("select n, count(*) from (select insured_person_id, count(*) n from representation group by 1) group by 1").all());
