import { Recommendation, RecommendationInput, RecommendationList, RecommendationUpdate } from '../recommendations.js'
import { PersonalDataCheck, PersonalDataCheckInput, Signal, SignalInput, SignalList, SignalUpdate } from '../signals.js'
import * as paths from '../operation-paths/index.js'
import type { OperationRows } from './operation.js'
import { IdParams } from './parameters.js'
import { CONFIDANT } from './roles.js'

/** Signals for the municipality and recommendations for the annual report, checked for personal data. */
export const SIGNAL_OPERATIONS = {
  listSignals: {
    ...paths.listSignals,
    access: CONFIDANT,
    tag: 'Signalen',
    summary: 'Signalen voor de gemeente',
    response: { status: 200, schema: SignalList, description: 'Alle signalen, nieuwste eerst.' },
  },
  createSignal: {
    ...paths.createSignal,
    access: CONFIDANT,
    tag: 'Signalen',
    summary: 'Een signaal schrijven',
    description: 'De tekst wordt gecontroleerd op persoonsgegevens; bij een treffer komt een 422 met de plekken, tenzij de waarschuwing is geaccepteerd.',
    body: SignalInput,
    response: { status: 201, schema: Signal, description: 'Signaal opgeslagen.' },
    problems: ['personal-data-suspected'],
  },
  updateSignal: {
    ...paths.updateSignal,
    access: CONFIDANT,
    tag: 'Signalen',
    summary: 'Status of antwoord van de gemeente bijwerken',
    params: IdParams,
    body: SignalUpdate,
    response: { status: 200, schema: Signal, description: 'Signaal bijgewerkt.' },
    problems: ['personal-data-suspected'],
  },
  listRecommendations: {
    ...paths.listRecommendations,
    access: CONFIDANT,
    tag: 'Signalen',
    summary: 'Aanbevelingen uit de jaarverslagen',
    response: { status: 200, schema: RecommendationList, description: 'Aanbevelingen van mijn gemeenten, nieuwste jaar eerst.' },
  },
  createRecommendation: {
    ...paths.createRecommendation,
    access: CONFIDANT,
    tag: 'Signalen',
    summary: 'Aanbeveling voor het jaarverslag toevoegen',
    description: 'Wordt gepubliceerd: bij een vermoeden van persoonsgegevens volgt 422, tenzij bevestigd.',
    body: RecommendationInput,
    response: { status: 201, schema: Recommendation, description: 'Aanbeveling opgeslagen.' },
    problems: ['personal-data-suspected'],
  },
  updateRecommendation: {
    ...paths.updateRecommendation,
    access: CONFIDANT,
    tag: 'Signalen',
    summary: 'Wat de gemeente met een aanbeveling deed',
    params: IdParams,
    body: RecommendationUpdate,
    response: { status: 200, schema: Recommendation, description: 'Aanbeveling bijgewerkt.' },
    problems: ['personal-data-suspected'],
  },
  checkPersonalData: {
    ...paths.checkPersonalData,
    access: CONFIDANT,
    tag: 'Signalen',
    summary: 'Tekst controleren op persoonsgegevens',
    body: PersonalDataCheckInput,
    response: { status: 200, schema: PersonalDataCheck, description: 'Wat op persoonsgegevens lijkt.' },
  },
} as const satisfies OperationRows
