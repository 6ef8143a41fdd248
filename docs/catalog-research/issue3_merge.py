"""Moves the issue-3 research rows into the bundled catalog, renaming charges, attributes and units to the
Price List importer's selection (src/main/resources/cloudplan/pricelist/selection.json).
Run from the repository root: python3 docs/catalog-research/issue3_merge.py
Rows left out on purpose are listed in EXCLUDE with the reason; docs/catalog.md repeats them."""
import csv, collections, os

R = 'docs/catalog-research/'
B = 'src/main/resources/cloudplan/catalog/bundled/'
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1', 'ap-south-1']
FIELDS = ['service', 'region', 'charge', 'attributes', 'unit', 'tier_start', 'tier_end', 'usd', 'as_of', 'source', 'description']
GLOBAL_NOTE = (' [Global price: cloudplan writes it under every region, as the Price List importer does for global offers;'
               ' the edge location, not the AWS Region, decides it.]')

def attrs(d):
    return ';'.join(k + '=' + v for k, v in sorted(d.items()))

def parse(a):
    return dict(p.split('=', 1) for p in a.split(';')) if a else {}

# (file, line) -> reason
EXCLUDE = {
    ('a', 17): 'LOW CONFIDENCE: undated CUR rate, engine not stated',
    ('a', 30): 'SUSPICIOUS: ap-south-1 serverless below us-east-1, single source',
    ('a', 31): 'SUSPICIOUS: ap-south-1 serverless below us-east-1, single source',
    ('a', 32): 'SUSPICIOUS: ap-south-1 serverless below us-east-1, single source',
    ('a', 101): 'CHECK: ap-south-1 Fargate ARM 44% below x86 where every other region is 20%',
    ('a', 102): 'CHECK: ap-south-1 Fargate ARM 44% below x86 where every other region is 20%',
}

def convert(r):
    s, c, a, u = r['service'], r['charge'], parse(r['attributes']), r['unit']
    if s == 'AWSQueueService' and a.get('queueType', '').startswith('FIFO'):
        a['queueType'] = 'FIFO'
    if s == 'AmazonCloudWatch':
        if c == 'api-requests':
            return None  # no rule bills CloudWatch API requests
        c = {'logs-ingestion': 'log-ingestion', 'logs-storage': 'log-storage'}.get(c, c)
    if s == 'AmazonECS':
        if c == 'ephemeral-storage-gb-hours':
            c = 'fargate-ephemeral-storage'
        else:
            c = 'fargate-' + c
            a = {'architecture': 'arm64' if a['cpuArchitecture'] == 'ARM' else 'x86_64', 'capacity': 'OnDemand'}
    if s == 'AmazonEKS':
        a = {'support': a['supportType'].lower()}
    if s == 'AWSELB':
        c = {'alb-lcu-hours': 'lcu-hours'}.get(c, c)
        a = {}
    if s == 'AmazonEC2':
        if c == 'nat-gateway-data-processed':
            c = 'nat-gateway-data'
        if c == 'ebs-snapshot-storage':
            c, a = 'ebs-snapshots', {}
        if c == 'ebs-throughput':
            # per MiB/s-month -> per GiB/s-month, the offer file's own unit (x 1024, exact)
            per_mib = r['usd']
            from decimal import Decimal
            r['usd'] = str((Decimal(per_mib) * 1024).normalize())
            u = 'GiBps-mo'
            r['description'] += (' cloudplan stores it per GiBps-mo, the offer file\'s unit: ' + per_mib
                                 + ' per MiBps-month x 1024 = ' + r['usd'] + '.')
    if s == 'AmazonCloudFront':
        loc = {'United States': 'UnitedStates', 'Europe': 'Europe'}[a['fromLocation']]
        if c == 'requests':
            c = 'requests-' + a['protocol'].lower()
        a = {'edgeLocation': loc}
    if s == 'AmazonRDS':
        if 'storageConfiguration' in a:
            a['storageConfiguration'] = a['storageConfiguration'].replace('IO-Optimized', 'IOOptimized')
        if c == 'aurora-serverless-v2-capacity':
            c = 'aurora-serverless-v2-acu-hours'
        elif c == 'aurora-storage':
            a = {'storageConfiguration': a['storageConfiguration']}
        elif c == 'aurora-io-requests':
            c, a = 'aurora-io', {}
    r = dict(r, charge=c, attributes=attrs(a), unit=u)
    return r

rows = []
for tag in ['a', 'b']:
    for i, r in enumerate(csv.DictReader(open(R + 'issue3-prices-' + tag + '.csv', encoding='utf-8')), 2):
        if (tag, i) in EXCLUDE:
            continue
        r = convert(r)
        if r:
            rows.append(r)

# EKS extended support: the offer file bills it as a surcharge usage type (AmazonEKS-Hours:extendedSupport) on top of
# perCluster; the blog gives the total. Store the surcharge, which the rule adds to the standard cluster-hour.
for r in rows:
    if r['service'] == 'AmazonEKS' and r['attributes'] == 'support=extended':
        r['usd'] = '0.5'
        r['description'] = ('Extended-support SURCHARGE per cluster-hour, billed on top of the standard $0.10 '
                            '(usagetype AmazonEKS-Hours:extendedSupport). ' + r['description']
                            + ' Surcharge = $0.60 total - $0.10 standard, both from the same official blog post.')

# global offers: under every region
extra = []
for r in rows:
    if r['service'] == 'AmazonCloudFront':
        r['description'] += GLOBAL_NOTE
        for reg in REGIONS[1:]:
            extra.append(dict(r, region=reg))
rows += extra

by_service = collections.defaultdict(list)
for r in rows:
    by_service[r['service']].append(r)

# Route 53 is global too: copy the bundled us-east-1 rows to the other regions
route53 = list(csv.DictReader(open(B + 'AmazonRoute53.csv', encoding='utf-8')))
base = [r for r in route53 if r['region'] == 'us-east-1']
for r in base:
    if GLOBAL_NOTE not in r['description']:
        r['description'] += GLOBAL_NOTE
by_service['AmazonRoute53'] = base + [dict(r, region=reg) for reg in REGIONS[1:] for r in base]
existing_route53 = True

order = {reg: i for i, reg in enumerate(REGIONS)}
for service, new in by_service.items():
    path = B + service + '.csv'
    old = [] if not os.path.exists(path) or service == 'AmazonRoute53' else list(csv.DictReader(open(path, encoding='utf-8')))
    keys = {(o['region'], o['charge'], o['attributes'], o['tier_start']) for o in old}
    added = [n for n in new if (n['region'], n['charge'], n['attributes'], n['tier_start']) not in keys]
    added.sort(key=lambda x: (order.get(x['region'], 99), x['charge'], x['attributes'], float(x['tier_start'])))
    merged = old + added
    with open(path, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, FIELDS, lineterminator='\n')
        w.writeheader()
        for m in merged:
            w.writerow({k: m[k] for k in FIELDS})
    print(service, len(merged) - len(old), 'rows added')

# free tier
FT = ['regime', 'service', 'charge', 'attributes', 'quantity', 'unit', 'pool', 'as_of', 'source', 'description']
ft = list(csv.DictReader(open(B + 'free-tier.csv', encoding='utf-8')))
n_old = len(ft)
have = {(x['regime'], x['service'], x['charge'], x['attributes']) for x in ft}
for tag in ['a', 'b']:
    for r in csv.DictReader(open(R + 'issue3-free-tier-' + tag + '.csv', encoding='utf-8')):
        s, c = r['service'], r['charge']
        if c in ('function-invocations', 'keyvaluestore-reads', 'api-requests', 'alb-lcu-hours'):
            continue  # no rule bills these; ALB '15 LCUs' is ambiguous (per hour or per month)
        if s == 'AmazonCloudWatch':
            c = {'logs-ingestion': 'log-ingestion', 'logs-storage': 'log-storage'}.get(c, c)
        if s == 'AWSELB':
            r['attributes'] = ''
        if s == 'AmazonCloudFront' and c == 'data-transfer-out':
            r['attributes'] = ''
        if s == 'AmazonCloudFront' and c == 'requests':
            for cc in ('requests-http', 'requests-https'):
                k = (r['regime'], s, cc, '')
                if k not in have:
                    ft.append(dict(r, charge=cc, attributes=''))
                    have.add(k)
            continue
        k = (r['regime'], s, c, r['attributes'])
        if k in have:
            continue
        ft.append(dict(r, charge=c))
        have.add(k)
with open(B + 'free-tier.csv', 'a', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, FT, lineterminator='\n')
    for m in ft[n_old:]:
        w.writerow({k: m[k] for k in FT})
