import { defineVocabulary } from './model';

/**
 * How precisely a place's coordinates locate it.
 *
 * Based on the geographic levels of the HURIDOCS Micro-thesauri (15: Geographical Terms and
 * 17: Types of Locations: country, province or region, district, city, town or village, a
 * precise location) and the Berkeley Protocol on Digital Open Source Investigations (2020,
 * geolocation: say how certain a location is). Recording the precision matters twice: an
 * investigator must not read a district's centre point as the scene, and a publication must
 * never show a point finer than what is safe to reveal.
 */
export const coordinatePrecision = defineVocabulary({
  id: 'coordinatePrecision',
  basedOn: 'HURIDOCS Micro-thesauri, 15: Geographical Terms and 17: Types of Locations; Berkeley Protocol on Digital Open Source Investigations',
  groups: [],
  terms: [
    { key: 'exact', labels: { en: 'Exact (a building or precise point)', ar: 'دقيق (مبنى أو نقطة محددة)' } },
    { key: 'approximate', labels: { en: 'Approximate (within a few hundred metres)', ar: 'تقريبي (في حدود بضع مئات من الأمتار)' } },
    { key: 'settlement', labels: { en: 'City, town or village', ar: 'مدينة أو بلدة أو قرية' } },
    {
      key: 'district',
      labels: { en: 'District', ar: 'منطقة أو قضاء' },
      description: { en: 'The second administrative level, below the province.', ar: 'المستوى الإداري الثاني، دون المحافظة.' },
    },
    {
      key: 'region',
      labels: { en: 'Province or region', ar: 'محافظة أو إقليم' },
      description: { en: 'The first administrative level.', ar: 'المستوى الإداري الأول.' },
    },
    { key: 'country', labels: { en: 'Country only', ar: 'البلد فقط' } },
  ],
});
