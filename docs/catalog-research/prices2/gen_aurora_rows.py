# (Re)writes the us-east-1 Aurora PostgreSQL Standard instance-hour rows of catalog-src/transcribed/AmazonRDS.csv, where
# two independent sources agree: Flexera's RDS mirror (one price per Aurora key, storage configuration not recorded)
# and a 2026-07-28 read of the AmazonRDS offer file that gives both configurations. Run from the repository root.
import csv, io

FLEXERA = "github:flexera-public/policy_templates/data/aws/aws_rds_pricing.json@4a60fa1f5c4246188832692df88a607bdb42ff1e"
OFFER = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonRDS/current/us-east-1/index.json"
TAG = "(prices2 pass, 2026-12-02, Aurora)"
# class, Standard price, I/O-Optimized price (61631184241), Flexera SKU, Flexera page offset
ROWS = (("db.r6g.large", "0.26", "0.338", "4U9P9G87PY8QVQH5", "6.14M"),
        ("db.r6g.xlarge", "0.519", "0.675", "WXWNJ3NDMFYNB5RF", "6.14M"),
        ("db.r6g.2xlarge", "1.038", "1.349", "JAHSHHGJMS588E94", "6.13M"))
out = io.StringIO(); w = csv.writer(out, lineterminator='\n')
for cls, std, io_opt, sku, at in ROWS:
    desc = (f"Two independent sources agree on {std} an hour for Aurora PostgreSQL {cls}. (1) price-list-mirror: "
            f"flexera-public/policy_templates data/aws/aws_rds_pricing.json at commit 4a60fa1f (2026-08-17): \"us-east-1\" > "
            f"\"{cls}\" > \"Aurora PostgreSQL\" > \"Single-AZ\": \"pricePerUnit\": {std}, \"sku\": \"{sku}\" (search-index file "
            f"63303210056, offset {at}); its generator keeps one price per Aurora key whatever the storage configuration "
            f"(../shared/pricedata/rds/README.md), so this figure alone does not say which. (2) search index file 61631184241 "
            f"('Date: 2026-07-28', a curl of {OFFER}): '{{\"instanceType\":\"{cls}\",\"price\":\"{std}\",\"desc\":\"...running "
            f"Aurora PostgreSQL\"}}' beside the I/O-Optimized '\"price\":\"{io_opt}\"', so {std} is the Standard price. "
            f"Not read from AWS directly. {TAG}")
    w.writerow(['AmazonRDS', 'us-east-1', 'instance-hours',
                f'databaseEngine=Aurora PostgreSQL;deploymentOption=Single-AZ;instanceType={cls};purchaseOption=OnDemand;'
                'storageConfiguration=Standard', 'Hrs', '0', '', std, '2026-08-17', FLEXERA, desc, sku, 'transcribed', OFFER])
path = 'catalog-src/transcribed/AmazonRDS.csv'
kept = [l for l in open(path).read().splitlines(keepends=True) if TAG not in l]
open(path, 'w').write(''.join(kept) + out.getvalue())
print(len(ROWS))
