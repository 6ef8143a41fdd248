# (Re)writes the us-east-1 Multi-AZ DB cluster rows of catalog-src/transcribed/AmazonRDS.csv from the transcription
# beside it (flexera-rds-us-east-1-clusters.txt). Run once from the repository root; prints the number of rows.
import csv, io
SRC = "github:flexera-public/policy_templates/data/aws/aws_rds_pricing.json@4a60fa1f5c4246188832692df88a607bdb42ff1e"
out = io.StringIO(); w = csv.writer(out, lineterminator='\n'); n = 0
for line in open('docs/catalog-research/prices2/flexera-rds-us-east-1-clusters.txt'):
    if line.startswith('#') or not line.strip():
        continue
    cls, eng, usd, sku, single = line.split()
    desc = (f'Mirror: flexera-public/policy_templates data/aws/aws_rds_pricing.json at commit 4a60fa1f (2026-08-17, generated weekly '
            f'by tools/cloud_data/aws/aws_rds_pricing.py from the AmazonRDS offer file; see ../shared/pricedata/rds/README.md): '
            f'"us-east-1" > "{cls}" > "{eng}" > "Multi-AZ (readable standbys)": "pricePerUnit": {usd}, "sku": "{sku}" '
            f'(the Multi-AZ DB cluster: one price per hour for the writer and its two readable standbys; the same class\'s Single-AZ '
            f'price there is {single}). Read 2026-12-02 via search-index file 63303210056 (offsets 5.95M-6.16M; the region '
            f'is us-east-1: db.m6i.large MySQL Single-AZ SKU VRHYK3FY3UAFE23C on the same pages is the mirror\'s us-east-1 row). '
            f'Not read from AWS directly. (prices2 pass, 2026-12-02)')
    w.writerow(['AmazonRDS', 'us-east-1', 'instance-hours',
                f'databaseEngine={eng};deploymentOption=Multi-AZ (readable standbys);instanceType={cls};purchaseOption=OnDemand',
                'Hrs', '0', '', usd, '2026-08-17', SRC, desc, sku, 'price-list-mirror',
                'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonRDS/current/index.json'])
    n += 1
# Idempotent: the cluster rows this script wrote before are replaced, the other rows kept.
path = 'catalog-src/transcribed/AmazonRDS.csv'
mine = lambda l: SRC in l and 'Multi-AZ (readable standbys)' in l
kept = [l for l in open(path).read().splitlines(keepends=True) if not mine(l)]
open(path, 'w').write(''.join(kept) + out.getvalue())
print(n)
