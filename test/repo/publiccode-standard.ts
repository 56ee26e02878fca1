import * as z from 'zod'

/**
 * The publiccode.yml standard, version 0.4, as its documentation defines the fields (docs/standard/schema.core.rst,
 * categories-list.rst and scope-list.rst of publiccodeyml/publiccode.yml): mandatory keys, types, enumerations and
 * lengths. Unknown top-level keys are refused, except a country section named by an ISO 3166-1 code.
 */
export const CATEGORIES = [
  'accounting', 'agile-project-management', 'applicant-tracking', 'application-development', 'appointment-scheduling', 'backup',
  'billing-and-invoicing', 'blog', 'budgeting', 'business-intelligence', 'business-process-management', 'cad', 'call-center-management',
  'cloud-management', 'collaboration', 'communications', 'compliance-management', 'contact-management', 'content-management', 'crm',
  'customer-service-and-support', 'data-analytics', 'data-collection', 'data-visualization', 'design', 'design-system',
  'digital-asset-management', 'digital-citizenship', 'document-management', 'donor-management', 'e-commerce', 'e-signature',
  'educational-content', 'email-management', 'email-marketing', 'employee-management', 'enterprise-project-management',
  'enterprise-social-networking', 'erp', 'event-management', 'facility-management', 'feedback-and-reviews-management',
  'financial-reporting', 'fleet-management', 'fundraising', 'gamification', 'geographic-information-systems', 'grant-management',
  'graphic-design', 'help-desk', 'hr', 'ide', 'identity-management', 'instant-messaging', 'inventory-management', 'it-asset-management',
  'it-development', 'it-management', 'it-security', 'it-service-management', 'knowledge-management', 'learning-management-system',
  'marketing', 'mind-mapping', 'mobile-marketing', 'mobile-payment', 'network-management', 'office', 'online-booking', 'online-community',
  'payment-gateway', 'payroll', 'predictive-analysis', 'procurement', 'productivity-suite', 'project-collaboration', 'project-management',
  'property-management', 'real-estate-management', 'remote-support', 'resource-management', 'sales-management', 'seo', 'service-desk',
  'social-media-management', 'survey', 'talent-management', 'task-management', 'taxes-management', 'test-management', 'time-management',
  'time-tracking', 'translation', 'video-conferencing', 'video-editing', 'visitor-management', 'voip', 'warehouse-management',
  'web-collaboration', 'web-conferencing', 'website-builder', 'whistleblowing', 'workflow-management',
] as const

export const SCOPES = [
  'agriculture', 'culture', 'defence', 'education', 'emergency-services', 'employment', 'energy', 'environment',
  'finance-and-economic-development', 'foreign-affairs', 'healthcare', 'infrastructures', 'justice', 'local-authorities',
  'manufacturing', 'research', 'science-and-technology', 'security', 'society', 'sport', 'tourism', 'transportation', 'welfare',
] as const

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
const country = z.string().regex(/^[a-z]{2}$/, 'lowercase ISO 3166-1 alpha-2')
// BCP 47 with its primary language subtag; the standard does not allow it to be left out.
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'an IETF BCP 47 tag')
const dependency = z.strictObject({ name: z.string().min(1), versionMin: z.string().optional(), versionMax: z.string().optional(), version: z.string().optional(), optional: z.boolean().optional() })

const description = z.strictObject({
  localisedName: z.string().optional(),
  genericName: z.string().max(35).optional(),
  shortDescription: z.string().min(1).max(150),
  longDescription: z.string().min(150).max(10_000),
  documentation: z.url().optional(),
  apiDocumentation: z.url().optional(),
  features: z.array(z.string().min(1)).min(1),
  screenshots: z.array(z.string()).optional(),
  videos: z.array(z.url()).optional(),
  awards: z.array(z.string()).optional(),
})

const contact = z.strictObject({ name: z.string().min(1), email: z.email().optional(), phone: z.string().optional(), affiliation: z.string().optional() })
const contractor = z.strictObject({ name: z.string().min(1), until: date, email: z.email().optional(), website: z.url().optional() })

const shape = {
    publiccodeYmlVersion: z.literal('0.4'),
    name: z.string().min(1),
    applicationSuite: z.string().optional(),
    url: z.url(),
    landingURL: z.url().optional(),
    isBasedOn: z.union([z.url(), z.array(z.url())]).optional(),
    softwareVersion: z.string().optional(),
    releaseDate: date.optional(),
    logo: z.string().optional(),
    platforms: z.union([z.string(), z.array(z.string()).min(1)]),
    categories: z.array(z.enum(CATEGORIES)).min(1),
    usedBy: z.array(z.string()).optional(),
    roadmap: z.url().optional(),
    developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
    softwareType: z.enum(['standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other', 'addon', 'library', 'configurationFiles']),
    intendedAudience: z.strictObject({ countries: z.array(country).optional(), unsupportedCountries: z.array(country).optional(), scope: z.array(z.enum(SCOPES)).optional() }).optional(),
    description: z.record(languageTag, description).refine((d) => Object.keys(d).length > 0, 'at least one language'),
    legal: z.strictObject({ license: z.string().min(1), mainCopyrightOwner: z.string().optional(), repoOwner: z.string().optional(), authorsFile: z.string().optional() }),
    maintenance: z.strictObject({ type: z.enum(['internal', 'contract', 'community', 'none']), contractors: z.array(contractor).optional(), contacts: z.array(contact).optional() }),
    localisation: z.strictObject({ localisationReady: z.boolean(), availableLanguages: z.array(languageTag).min(1) }),
    dependsOn: z.strictObject({ open: z.array(dependency).optional(), proprietary: z.array(dependency).optional(), hardware: z.array(dependency).optional() }).optional(),
}

export const PublicCode = z
  .looseObject(shape)
  .superRefine((value, context) => {
    const known = new Set(Object.keys(shape))
    for (const key of Object.keys(value))
      if (!known.has(key) && !/^([a-z]{2}|[A-Z]{2})$/.test(key)) context.addIssue({ code: 'custom', path: [key], message: 'not a key of the standard' })
    const { type, contacts, contractors } = value.maintenance
    if ((type === 'internal' || type === 'community') && !contacts?.length) context.addIssue({ code: 'custom', path: ['maintenance', 'contacts'], message: 'mandatory for internal or community maintenance' })
    if (type === 'contract' && !contractors?.length) context.addIssue({ code: 'custom', path: ['maintenance', 'contractors'], message: 'mandatory for contract maintenance' })
  })
