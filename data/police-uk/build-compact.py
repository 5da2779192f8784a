"""Builds bedfordshire/street-2021-05-2024-04.csv.gz from the data.police.uk monthly files.

Keeps month, longitude, latitude, location, LSOA code/name, crime type, last outcome and
whether the row had a Crime ID (is_crime Y/N; rows without one are anti-social behaviour).
Drops the 64-hex Crime ID (incompressible), Reported by / Falls within (constant) and
Context (always blank). Row order is the published order, file by file.
Run: python3 data/police-uk/build-compact.py [SOURCE_DIR] (from the repository root).
"""
import csv, glob, gzip, io, sys

src = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/police-uk/bedfordshire'
buf = io.StringIO()
w = csv.writer(buf, lineterminator='\n')
w.writerow(['month', 'longitude', 'latitude', 'location', 'lsoa_code', 'lsoa_name',
            'crime_type', 'outcome', 'is_crime'])
for path in sorted(glob.glob(f'{src}/*-bedfordshire-street.csv')):
    with open(path, encoding='utf-8-sig', newline='') as f:
        for r in csv.DictReader(f):
            w.writerow([r['Month'], r['Longitude'], r['Latitude'], r['Location'], r['LSOA code'],
                        r['LSOA name'], r['Crime type'], r['Last outcome category'],
                        'Y' if r['Crime ID'] else 'N'])
with open('data/police-uk/bedfordshire/street-2021-05-2024-04.csv.gz', 'wb') as raw:
    with gzip.GzipFile(fileobj=raw, mode='wb', compresslevel=9, mtime=0, filename='') as gz:
        gz.write(buf.getvalue().encode('utf-8'))
