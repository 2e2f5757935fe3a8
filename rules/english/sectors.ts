/**
 * The field a figure is limited to, in English: "agricultural cooperatives", "in the
 * field of transportation", "people's credit funds". Read from the figure's own noun
 * phrase and the words right around it (extractors/english/records.ts). Longer phrases win
 * ("agricultural service cooperatives" is agriculture, not services).
 */
import type { EnglishRule } from './rule.ts';
import type { Sector } from '../../pipeline/record.ts';

export const EN_SECTOR_RULES: EnglishRule<Sector>[] = [
  {
    id: 'en.sector.other',
    match: '(other|remaining|various other) (fields|sectors|areas|field|sector|industries|branches)',
    value: 'other',
    priority: 3,
    note: 'the rest of a breakdown by field ("lĩnh vực khác"): "and 6 in other fields"',
    examples: { match: ['and 6 in other fields', '14 cooperatives in other sectors'], reject: ['6 cooperatives in the field of transport'] },
  },
  {
    id: 'en.sector.non_agriculture',
    match: '(non agricultural|non agriculture|non farm|nonagricultural|non agricultural|non agri)',
    value: 'non_agriculture',
    priority: 3,
    examples: { match: ['115 non-agricultural cooperatives', 'in the non-farm sector'], reject: ['329 agricultural cooperatives'] },
  },
  {
    id: 'en.sector.agriculture.services',
    match: '(agricultural|agriculture|farm|farming) (service|services|production|trade)',
    value: 'agriculture',
    priority: 3,
    note: 'agricultural service cooperatives (HTX dịch vụ nông nghiệp) are agricultural',
    examples: { match: ['40 agricultural service cooperatives', 'farming services'], reject: ['40 trade and service cooperatives'] },
  },
  {
    id: 'en.sector.transport.services',
    match: '(transport|transportation|freight|logistics) (service|services)',
    value: 'transport',
    priority: 3,
    note: 'transport service cooperatives (HTX dịch vụ vận tải) are transport',
    examples: { match: ['two transport service cooperatives', 'in transportation services'], reject: ['40 trade and service cooperatives'] },
  },
  {
    id: 'en.sector.agriculture',
    match:
      '(agricultural|agriculture|agro|agro forestry|agri|farm|farming|farmers|farmer|forestry|fishery|fisheries|fishing|aquaculture|aquatic|livestock|husbandry|crop|crops|horticulture|rice|tea|coffee|pepper|cashew|fruit|vegetable|vegetables|seafood|shrimp|dairy|salt making|sericulture)',
    value: 'agriculture',
    priority: 2,
    examples: {
      match: [
        '329 agricultural cooperatives',
        'in the field of agriculture',
        '47 coffee cooperatives',
        'fishery cooperatives',
        'more than 5,000 farmers’ cooperatives',
      ],
      reject: ['44 construction cooperatives'],
    },
  },
  {
    id: 'en.sector.industry',
    match:
      '(industrial|industry|industries|handicraft|handicrafts|handicraft industry|cottage|craft|crafts|manufacturing|artisan|small scale industry|small industry|craft village)',
    value: 'industry',
    priority: 2,
    examples: {
      match: ['95 cooperatives in the field of industry - cottage, handicraft', '12 handicraft cooperatives'],
      reject: ['12 transport cooperatives'],
    },
  },
  {
    id: 'en.sector.construction',
    match: 'construction',
    value: 'construction',
    priority: 2,
    examples: { match: ['44 cooperatives in the construction sector'], reject: ['44 cooperatives in the trade sector'] },
  },
  {
    id: 'en.sector.trade_services',
    match: '(trade|trading|commerce|commercial|service|services|trade service|trade services|retail|tourism|commerce services)',
    value: 'trade_services',
    priority: 2,
    examples: { match: ['38 cooperatives in the field of commerce and services', '30 trade-service cooperatives'], reject: ['38 agricultural cooperatives'] },
  },
  {
    id: 'en.sector.transport',
    match: '(transport|transportation|freight|logistics|passenger|taxi|bus|shipping)',
    value: 'transport',
    priority: 2,
    examples: { match: ['31 cooperatives in the field of transportation', '18 transport cooperatives'], reject: ['18 credit cooperatives'] },
  },
  {
    id: 'en.sector.credit',
    match: "(credit|people's credit funds|people's credit fund|pcfs|pcf|microfinance|financial)",
    value: 'credit',
    priority: 2,
    examples: { match: ['2 cooperatives in the field of credit', "workers at people's credit funds"], reject: ['2 cooperatives in the field of transport'] },
  },
  {
    id: 'en.sector.environment',
    match: '(environmental|environment|sanitation|waste|garbage|clean water|water supply)',
    value: 'environment',
    priority: 2,
    examples: { match: ['6 environmental sanitation cooperatives', 'cooperatives collecting waste'], reject: ['6 handicraft cooperatives'] },
  },
];
