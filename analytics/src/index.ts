export { STATISTICAL_FIELDS, PERSONAL_FIELDS, type StatisticalField } from './statistical-fields.js'
