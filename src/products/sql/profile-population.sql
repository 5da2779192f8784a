-- The force's population, latest year available in ref_population. Parameter: $force.
-- Reference rows may name the force ('West Mercia') or use its code ('west-mercia').
SELECT year, population
FROM ref_population
WHERE lower(replace(trim(force), ' ', '-')) = $force
ORDER BY year DESC
LIMIT 1;
