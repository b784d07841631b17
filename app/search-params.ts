// URL state shared by pages (nuqs parsers): every filter is a deep link.
import { parseAsArrayOf, parseAsString, parseAsStringLiteral } from 'nuqs';

export const SEVERITIES = ['critical', 'warning', 'info'] as const;

export const overviewParams = {
  severity: parseAsArrayOf(parseAsStringLiteral(SEVERITIES)).withDefault([]),
  project: parseAsString.withDefault(''),
  q: parseAsString.withDefault(''),
};

export const topologyParams = {
  q: parseAsString.withDefault(''),
  project: parseAsString.withDefault(''),
};
