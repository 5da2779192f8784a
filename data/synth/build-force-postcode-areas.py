"""Builds force-postcode-areas.csv from ../reference/uk-postcode-districts.csv.

Basis (approximate): a postcode district belongs to the force whose local authorities
include the `county` label the source gives the district's centroid. Districts that
straddle a force boundary go wholly to one side. lpc: the local authority label, or for a
force that is a single label, West / Central / East by longitude terciles.
Run: python3 data/synth/build-force-postcode-areas.py (from the repository root).
"""
import csv

FORCE_COUNTIES = {
    'bedfordshire': {'Bedford Borough': 'Bedford', 'Central Bedfordshire': 'Central Bedfordshire', 'Luton': 'Luton'},
    'cambridgeshire': {'Cambridgeshire': 'Cambridgeshire', 'Peterborough': 'Peterborough'},
    'essex': {'Essex': 'Essex', 'Southend-on-Sea': 'Southend-on-Sea', 'Thurrock': 'Thurrock'},
    'hertfordshire': {'Hertfordshire': None, 'Hertford': None},
    'kent': {'Kent': 'Kent', 'Medway': 'Medway'},
    'norfolk': {'Norfolk': None},
    'suffolk': {'Suffolk': None},
    'warwickshire': {'Warwickshire': None},
    'west-mercia': {'County of Herefordshire': 'Herefordshire', 'Shropshire': 'Shropshire',
                    'Telford and Wrekin': 'Telford and Wrekin', 'Worcestershire': 'Worcestershire',
                    'Worcester': 'Worcestershire'},
}

rows = list(csv.DictReader(open('data/reference/uk-postcode-districts.csv', encoding='utf-8')))
out = []
for force, counties in FORCE_COUNTIES.items():
    mine = [r for r in rows if r['county'] in counties]
    if all(v is None for v in counties.values()):
        lons = sorted(float(r['longitude']) for r in mine)
        a, b = lons[len(lons) // 3], lons[2 * len(lons) // 3]
        name = force.capitalize()
        def lpc(r):
            x = float(r['longitude'])
            return f'{name} West' if x < a else (f'{name} Central' if x < b else f'{name} East')
    else:
        def lpc(r):
            return counties[r['county']]
    for r in sorted(mine, key=lambda r: r['postcode']):
        out.append([force, r['postcode'].strip(), lpc(r), r['latitude'], r['longitude'], r['county']])

with open('data/synth/force-postcode-areas.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['force', 'district', 'lpc', 'latitude', 'longitude', 'county'])
    w.writerows(out)
