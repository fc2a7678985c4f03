UNWIND $rows AS row
MERGE (:Jurisdiction {name: row.name})
