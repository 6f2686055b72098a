/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdministrativeUnitAgenciesConnectionAggregateInput = {
  AND?: Array<AdministrativeUnitAgenciesConnectionAggregateInput> | null | undefined;
  NOT?: AdministrativeUnitAgenciesConnectionAggregateInput | null | undefined;
  OR?: Array<AdministrativeUnitAgenciesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AdministrativeUnitAgenciesNodeAggregationWhereInput | null | undefined;
};

export type AdministrativeUnitAgenciesConnectionFilters = {
  /** Filter AdministrativeUnits by aggregating results on related AdministrativeUnitAgenciesConnections */
  aggregate?: AdministrativeUnitAgenciesConnectionAggregateInput | null | undefined;
  /** Return AdministrativeUnits where all of the related AdministrativeUnitAgenciesConnections match this filter */
  all?: AdministrativeUnitAgenciesConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where none of the related AdministrativeUnitAgenciesConnections match this filter */
  none?: AdministrativeUnitAgenciesConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where one of the related AdministrativeUnitAgenciesConnections match this filter */
  single?: AdministrativeUnitAgenciesConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where some of the related AdministrativeUnitAgenciesConnections match this filter */
  some?: AdministrativeUnitAgenciesConnectionWhere | null | undefined;
};

export type AdministrativeUnitAgenciesConnectionWhere = {
  AND?: Array<AdministrativeUnitAgenciesConnectionWhere> | null | undefined;
  NOT?: AdministrativeUnitAgenciesConnectionWhere | null | undefined;
  OR?: Array<AdministrativeUnitAgenciesConnectionWhere> | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type AdministrativeUnitAgenciesNodeAggregationWhereInput = {
  AND?: Array<AdministrativeUnitAgenciesNodeAggregationWhereInput> | null | undefined;
  NOT?: AdministrativeUnitAgenciesNodeAggregationWhereInput | null | undefined;
  OR?: Array<AdministrativeUnitAgenciesNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type AdministrativeUnitChildrenConnectionAggregateInput = {
  AND?: Array<AdministrativeUnitChildrenConnectionAggregateInput> | null | undefined;
  NOT?: AdministrativeUnitChildrenConnectionAggregateInput | null | undefined;
  OR?: Array<AdministrativeUnitChildrenConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AdministrativeUnitChildrenNodeAggregationWhereInput | null | undefined;
};

export type AdministrativeUnitChildrenConnectionFilters = {
  /** Filter AdministrativeUnits by aggregating results on related AdministrativeUnitChildrenConnections */
  aggregate?: AdministrativeUnitChildrenConnectionAggregateInput | null | undefined;
  /** Return AdministrativeUnits where all of the related AdministrativeUnitChildrenConnections match this filter */
  all?: AdministrativeUnitChildrenConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where none of the related AdministrativeUnitChildrenConnections match this filter */
  none?: AdministrativeUnitChildrenConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where one of the related AdministrativeUnitChildrenConnections match this filter */
  single?: AdministrativeUnitChildrenConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where some of the related AdministrativeUnitChildrenConnections match this filter */
  some?: AdministrativeUnitChildrenConnectionWhere | null | undefined;
};

export type AdministrativeUnitChildrenConnectionWhere = {
  AND?: Array<AdministrativeUnitChildrenConnectionWhere> | null | undefined;
  NOT?: AdministrativeUnitChildrenConnectionWhere | null | undefined;
  OR?: Array<AdministrativeUnitChildrenConnectionWhere> | null | undefined;
  node?: AdministrativeUnitWhere | null | undefined;
};

export type AdministrativeUnitChildrenNodeAggregationWhereInput = {
  AND?: Array<AdministrativeUnitChildrenNodeAggregationWhereInput> | null | undefined;
  NOT?: AdministrativeUnitChildrenNodeAggregationWhereInput | null | undefined;
  OR?: Array<AdministrativeUnitChildrenNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type AdministrativeUnitDocumentsConnectionAggregateInput = {
  AND?: Array<AdministrativeUnitDocumentsConnectionAggregateInput> | null | undefined;
  NOT?: AdministrativeUnitDocumentsConnectionAggregateInput | null | undefined;
  OR?: Array<AdministrativeUnitDocumentsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: AdministrativeUnitDocumentsNodeAggregationWhereInput | null | undefined;
};

export type AdministrativeUnitDocumentsConnectionFilters = {
  /** Filter AdministrativeUnits by aggregating results on related AdministrativeUnitDocumentsConnections */
  aggregate?: AdministrativeUnitDocumentsConnectionAggregateInput | null | undefined;
  /** Return AdministrativeUnits where all of the related AdministrativeUnitDocumentsConnections match this filter */
  all?: AdministrativeUnitDocumentsConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where none of the related AdministrativeUnitDocumentsConnections match this filter */
  none?: AdministrativeUnitDocumentsConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where one of the related AdministrativeUnitDocumentsConnections match this filter */
  single?: AdministrativeUnitDocumentsConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where some of the related AdministrativeUnitDocumentsConnections match this filter */
  some?: AdministrativeUnitDocumentsConnectionWhere | null | undefined;
};

export type AdministrativeUnitDocumentsConnectionWhere = {
  AND?: Array<AdministrativeUnitDocumentsConnectionWhere> | null | undefined;
  NOT?: AdministrativeUnitDocumentsConnectionWhere | null | undefined;
  OR?: Array<AdministrativeUnitDocumentsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type AdministrativeUnitDocumentsNodeAggregationWhereInput = {
  AND?: Array<AdministrativeUnitDocumentsNodeAggregationWhereInput> | null | undefined;
  NOT?: AdministrativeUnitDocumentsNodeAggregationWhereInput | null | undefined;
  OR?: Array<AdministrativeUnitDocumentsNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type AdministrativeUnitParentConnectionAggregateInput = {
  AND?: Array<AdministrativeUnitParentConnectionAggregateInput> | null | undefined;
  NOT?: AdministrativeUnitParentConnectionAggregateInput | null | undefined;
  OR?: Array<AdministrativeUnitParentConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AdministrativeUnitParentNodeAggregationWhereInput | null | undefined;
};

export type AdministrativeUnitParentConnectionFilters = {
  /** Filter AdministrativeUnits by aggregating results on related AdministrativeUnitParentConnections */
  aggregate?: AdministrativeUnitParentConnectionAggregateInput | null | undefined;
  /** Return AdministrativeUnits where all of the related AdministrativeUnitParentConnections match this filter */
  all?: AdministrativeUnitParentConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where none of the related AdministrativeUnitParentConnections match this filter */
  none?: AdministrativeUnitParentConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where one of the related AdministrativeUnitParentConnections match this filter */
  single?: AdministrativeUnitParentConnectionWhere | null | undefined;
  /** Return AdministrativeUnits where some of the related AdministrativeUnitParentConnections match this filter */
  some?: AdministrativeUnitParentConnectionWhere | null | undefined;
};

export type AdministrativeUnitParentConnectionWhere = {
  AND?: Array<AdministrativeUnitParentConnectionWhere> | null | undefined;
  NOT?: AdministrativeUnitParentConnectionWhere | null | undefined;
  OR?: Array<AdministrativeUnitParentConnectionWhere> | null | undefined;
  node?: AdministrativeUnitWhere | null | undefined;
};

export type AdministrativeUnitParentNodeAggregationWhereInput = {
  AND?: Array<AdministrativeUnitParentNodeAggregationWhereInput> | null | undefined;
  NOT?: AdministrativeUnitParentNodeAggregationWhereInput | null | undefined;
  OR?: Array<AdministrativeUnitParentNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type AdministrativeUnitRelationshipFilters = {
  /** Filter type where all of the related AdministrativeUnits match this filter */
  all?: AdministrativeUnitWhere | null | undefined;
  /** Filter type where none of the related AdministrativeUnits match this filter */
  none?: AdministrativeUnitWhere | null | undefined;
  /** Filter type where one of the related AdministrativeUnits match this filter */
  single?: AdministrativeUnitWhere | null | undefined;
  /** Filter type where some of the related AdministrativeUnits match this filter */
  some?: AdministrativeUnitWhere | null | undefined;
};

export type AdministrativeUnitWhere = {
  AND?: Array<AdministrativeUnitWhere> | null | undefined;
  NOT?: AdministrativeUnitWhere | null | undefined;
  OR?: Array<AdministrativeUnitWhere> | null | undefined;
  agencies?: AgencyRelationshipFilters | null | undefined;
  agenciesConnection?: AdministrativeUnitAgenciesConnectionFilters | null | undefined;
  children?: AdministrativeUnitRelationshipFilters | null | undefined;
  childrenConnection?: AdministrativeUnitChildrenConnectionFilters | null | undefined;
  documents?: DocumentRelationshipFilters | null | undefined;
  documentsConnection?: AdministrativeUnitDocumentsConnectionFilters | null | undefined;
  key?: IdScalarFilters | null | undefined;
  kind?: UnitKindEnumScalarFilters | null | undefined;
  level?: LevelEnumScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  parent?: AdministrativeUnitRelationshipFilters | null | undefined;
  parentConnection?: AdministrativeUnitParentConnectionFilters | null | undefined;
  validFrom?: DateScalarFilters | null | undefined;
  validTo?: DateScalarFilters | null | undefined;
};

export type AgencyConnectWhere = {
  node: AgencyWhere;
};

export type AgencyDutiesConnectionAggregateInput = {
  AND?: Array<AgencyDutiesConnectionAggregateInput> | null | undefined;
  NOT?: AgencyDutiesConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyDutiesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: TaskingAggregationWhereInput | null | undefined;
  node?: AgencyDutiesNodeAggregationWhereInput | null | undefined;
};

export type AgencyDutiesConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyDutiesConnections */
  aggregate?: AgencyDutiesConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyDutiesConnections match this filter */
  all?: AgencyDutiesConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyDutiesConnections match this filter */
  none?: AgencyDutiesConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyDutiesConnections match this filter */
  single?: AgencyDutiesConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyDutiesConnections match this filter */
  some?: AgencyDutiesConnectionWhere | null | undefined;
};

export type AgencyDutiesConnectionWhere = {
  AND?: Array<AgencyDutiesConnectionWhere> | null | undefined;
  NOT?: AgencyDutiesConnectionWhere | null | undefined;
  OR?: Array<AgencyDutiesConnectionWhere> | null | undefined;
  edge?: TaskingWhere | null | undefined;
  node?: DutyWhere | null | undefined;
};

export type AgencyDutiesNodeAggregationWhereInput = {
  AND?: Array<AgencyDutiesNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyDutiesNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyDutiesNodeAggregationWhereInput> | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  lineEnd?: IntScalarAggregationFilters | null | undefined;
  section?: StringScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
  suggestedAgencyKey?: StringScalarAggregationFilters | null | undefined;
  suggestionConfidence?: FloatScalarAggregationFilters | null | undefined;
  text?: StringScalarAggregationFilters | null | undefined;
};

export type AgencyIssuedConnectionAggregateInput = {
  AND?: Array<AgencyIssuedConnectionAggregateInput> | null | undefined;
  NOT?: AgencyIssuedConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyIssuedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: AgencyIssuedNodeAggregationWhereInput | null | undefined;
};

export type AgencyIssuedConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyIssuedConnections */
  aggregate?: AgencyIssuedConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyIssuedConnections match this filter */
  all?: AgencyIssuedConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyIssuedConnections match this filter */
  none?: AgencyIssuedConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyIssuedConnections match this filter */
  single?: AgencyIssuedConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyIssuedConnections match this filter */
  some?: AgencyIssuedConnectionWhere | null | undefined;
};

export type AgencyIssuedConnectionWhere = {
  AND?: Array<AgencyIssuedConnectionWhere> | null | undefined;
  NOT?: AgencyIssuedConnectionWhere | null | undefined;
  OR?: Array<AgencyIssuedConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type AgencyIssuedNodeAggregationWhereInput = {
  AND?: Array<AgencyIssuedNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyIssuedNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyIssuedNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type AgencyPartOfConnectionAggregateInput = {
  AND?: Array<AgencyPartOfConnectionAggregateInput> | null | undefined;
  NOT?: AgencyPartOfConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyPartOfConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AgencyPartOfNodeAggregationWhereInput | null | undefined;
};

export type AgencyPartOfConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyPartOfConnections */
  aggregate?: AgencyPartOfConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyPartOfConnections match this filter */
  all?: AgencyPartOfConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyPartOfConnections match this filter */
  none?: AgencyPartOfConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyPartOfConnections match this filter */
  single?: AgencyPartOfConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyPartOfConnections match this filter */
  some?: AgencyPartOfConnectionWhere | null | undefined;
};

export type AgencyPartOfConnectionWhere = {
  AND?: Array<AgencyPartOfConnectionWhere> | null | undefined;
  NOT?: AgencyPartOfConnectionWhere | null | undefined;
  OR?: Array<AgencyPartOfConnectionWhere> | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type AgencyPartOfNodeAggregationWhereInput = {
  AND?: Array<AgencyPartOfNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyPartOfNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyPartOfNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type AgencyReceivesConnectionAggregateInput = {
  AND?: Array<AgencyReceivesConnectionAggregateInput> | null | undefined;
  NOT?: AgencyReceivesConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyReceivesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: AgencyReceivesNodeAggregationWhereInput | null | undefined;
};

export type AgencyReceivesConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyReceivesConnections */
  aggregate?: AgencyReceivesConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyReceivesConnections match this filter */
  all?: AgencyReceivesConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyReceivesConnections match this filter */
  none?: AgencyReceivesConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyReceivesConnections match this filter */
  single?: AgencyReceivesConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyReceivesConnections match this filter */
  some?: AgencyReceivesConnectionWhere | null | undefined;
};

export type AgencyReceivesConnectionWhere = {
  AND?: Array<AgencyReceivesConnectionWhere> | null | undefined;
  NOT?: AgencyReceivesConnectionWhere | null | undefined;
  OR?: Array<AgencyReceivesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DeadlineWhere | null | undefined;
};

export type AgencyReceivesNodeAggregationWhereInput = {
  AND?: Array<AgencyReceivesNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyReceivesNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyReceivesNodeAggregationWhereInput> | null | undefined;
  day?: IntScalarAggregationFilters | null | undefined;
  interval?: IntScalarAggregationFilters | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  lineEnd?: IntScalarAggregationFilters | null | undefined;
  month?: IntScalarAggregationFilters | null | undefined;
  monthOfPeriod?: StringScalarAggregationFilters | null | undefined;
  recipientText?: StringScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
  text?: StringScalarAggregationFilters | null | undefined;
  weekday?: IntScalarAggregationFilters | null | undefined;
};

export type AgencyRelationshipFilters = {
  /** Filter type where all of the related Agencies match this filter */
  all?: AgencyWhere | null | undefined;
  /** Filter type where none of the related Agencies match this filter */
  none?: AgencyWhere | null | undefined;
  /** Filter type where one of the related Agencies match this filter */
  single?: AgencyWhere | null | undefined;
  /** Filter type where some of the related Agencies match this filter */
  some?: AgencyWhere | null | undefined;
};

export type AgencyType =
  | 'AGRICULTURE'
  | 'CULTURE_INFORMATION'
  | 'ECONOMIC_ZONE'
  | 'EDUCATION'
  | 'ENTERPRISE_SCHOOL'
  | 'ETHNIC_RELIGIOUS'
  | 'FATHERLAND_FRONT'
  | 'FINANCE_PLANNING'
  | 'FIRE_POLICE'
  | 'FOREIGN_AFFAIRS'
  | 'GOVERNMENT'
  | 'HAMLET'
  | 'HEALTH'
  | 'HOME_AFFAIRS'
  | 'INDUSTRY_TRADE'
  | 'JUSTICE'
  | 'LABOUR_SOCIAL'
  | 'MARKET_SURVEILLANCE'
  | 'MEDIA'
  | 'MILITARY'
  | 'MINISTRY'
  | 'NATURAL_RESOURCES_ENVIRONMENT'
  | 'OFFICE'
  | 'OTHER'
  | 'PARTY'
  | 'PEOPLES_COMMITTEE'
  | 'PEOPLES_COUNCIL'
  | 'PUBLIC_SECURITY'
  | 'SCIENCE_TECHNOLOGY'
  | 'STEERING_COMMITTEE'
  | 'TRADE_UNION'
  | 'TRANSPORT_CONSTRUCTION';

/** AgencyType filters */
export type AgencyTypeEnumScalarFilters = {
  eq?: AgencyType | null | undefined;
  in?: Array<AgencyType> | null | undefined;
};

export type AgencyUnitConnectionAggregateInput = {
  AND?: Array<AgencyUnitConnectionAggregateInput> | null | undefined;
  NOT?: AgencyUnitConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyUnitConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AgencyUnitNodeAggregationWhereInput | null | undefined;
};

export type AgencyUnitConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyUnitConnections */
  aggregate?: AgencyUnitConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyUnitConnections match this filter */
  all?: AgencyUnitConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyUnitConnections match this filter */
  none?: AgencyUnitConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyUnitConnections match this filter */
  single?: AgencyUnitConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyUnitConnections match this filter */
  some?: AgencyUnitConnectionWhere | null | undefined;
};

export type AgencyUnitConnectionWhere = {
  AND?: Array<AgencyUnitConnectionWhere> | null | undefined;
  NOT?: AgencyUnitConnectionWhere | null | undefined;
  OR?: Array<AgencyUnitConnectionWhere> | null | undefined;
  node?: AdministrativeUnitWhere | null | undefined;
};

export type AgencyUnitNodeAggregationWhereInput = {
  AND?: Array<AgencyUnitNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyUnitNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyUnitNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type AgencyWhere = {
  AND?: Array<AgencyWhere> | null | undefined;
  NOT?: AgencyWhere | null | undefined;
  OR?: Array<AgencyWhere> | null | undefined;
  duties?: DutyRelationshipFilters | null | undefined;
  dutiesConnection?: AgencyDutiesConnectionFilters | null | undefined;
  group?: BooleanScalarFilters | null | undefined;
  issued?: DocumentRelationshipFilters | null | undefined;
  issuedConnection?: AgencyIssuedConnectionFilters | null | undefined;
  key?: IdScalarFilters | null | undefined;
  level?: LevelEnumScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  names?: StringListFilters | null | undefined;
  partOf?: AgencyRelationshipFilters | null | undefined;
  partOfConnection?: AgencyPartOfConnectionFilters | null | undefined;
  receives?: DeadlineRelationshipFilters | null | undefined;
  receivesConnection?: AgencyReceivesConnectionFilters | null | undefined;
  type?: AgencyTypeEnumScalarFilters | null | undefined;
  unit?: AdministrativeUnitRelationshipFilters | null | undefined;
  unitConnection?: AgencyUnitConnectionFilters | null | undefined;
};

/** Whether a role is stated by the text or inferred from it. */
export type Basis =
  | 'EXPLICIT'
  | 'INFERRED';

/** Basis filters */
export type BasisEnumScalarFilters = {
  eq?: Basis | null | undefined;
  in?: Array<Basis> | null | undefined;
};

export type BasisRelation =
  | 'BASED_ON'
  | 'CITES'
  | 'IMPLEMENTS';

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: boolean | null | undefined;
};

export type Comparator =
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EXACTLY'
  | 'REDUCE_BY_AT_LEAST';

/** Comparator filters */
export type ComparatorEnumScalarFilters = {
  eq?: Comparator | null | undefined;
  in?: Array<Comparator> | null | undefined;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: IntScalarFilters | null | undefined;
  nodes?: IntScalarFilters | null | undefined;
};

/** Date filters */
export type DateScalarFilters = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  max?: DateTimeScalarFilters | null | undefined;
  min?: DateTimeScalarFilters | null | undefined;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

export type DeadlineAction =
  | 'COMPLETE'
  | 'ISSUE_PLAN'
  | 'OTHER'
  | 'REPORT'
  | 'START'
  | 'SUBMIT';

/** DeadlineAction filters */
export type DeadlineActionEnumScalarFilters = {
  eq?: DeadlineAction | null | undefined;
  in?: Array<DeadlineAction> | null | undefined;
};

export type DeadlineBindsConnectionAggregateInput = {
  AND?: Array<DeadlineBindsConnectionAggregateInput> | null | undefined;
  NOT?: DeadlineBindsConnectionAggregateInput | null | undefined;
  OR?: Array<DeadlineBindsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DeadlineBindsNodeAggregationWhereInput | null | undefined;
};

export type DeadlineBindsConnectionFilters = {
  /** Filter Deadlines by aggregating results on related DeadlineBindsConnections */
  aggregate?: DeadlineBindsConnectionAggregateInput | null | undefined;
  /** Return Deadlines where all of the related DeadlineBindsConnections match this filter */
  all?: DeadlineBindsConnectionWhere | null | undefined;
  /** Return Deadlines where none of the related DeadlineBindsConnections match this filter */
  none?: DeadlineBindsConnectionWhere | null | undefined;
  /** Return Deadlines where one of the related DeadlineBindsConnections match this filter */
  single?: DeadlineBindsConnectionWhere | null | undefined;
  /** Return Deadlines where some of the related DeadlineBindsConnections match this filter */
  some?: DeadlineBindsConnectionWhere | null | undefined;
};

export type DeadlineBindsConnectionWhere = {
  AND?: Array<DeadlineBindsConnectionWhere> | null | undefined;
  NOT?: DeadlineBindsConnectionWhere | null | undefined;
  OR?: Array<DeadlineBindsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type DeadlineBindsNodeAggregationWhereInput = {
  AND?: Array<DeadlineBindsNodeAggregationWhereInput> | null | undefined;
  NOT?: DeadlineBindsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DeadlineBindsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type DeadlineConnectWhere = {
  node: DeadlineWhere;
};

export type DeadlineDutyConnectionAggregateInput = {
  AND?: Array<DeadlineDutyConnectionAggregateInput> | null | undefined;
  NOT?: DeadlineDutyConnectionAggregateInput | null | undefined;
  OR?: Array<DeadlineDutyConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DeadlineDutyNodeAggregationWhereInput | null | undefined;
};

export type DeadlineDutyConnectionFilters = {
  /** Filter Deadlines by aggregating results on related DeadlineDutyConnections */
  aggregate?: DeadlineDutyConnectionAggregateInput | null | undefined;
  /** Return Deadlines where all of the related DeadlineDutyConnections match this filter */
  all?: DeadlineDutyConnectionWhere | null | undefined;
  /** Return Deadlines where none of the related DeadlineDutyConnections match this filter */
  none?: DeadlineDutyConnectionWhere | null | undefined;
  /** Return Deadlines where one of the related DeadlineDutyConnections match this filter */
  single?: DeadlineDutyConnectionWhere | null | undefined;
  /** Return Deadlines where some of the related DeadlineDutyConnections match this filter */
  some?: DeadlineDutyConnectionWhere | null | undefined;
};

export type DeadlineDutyConnectionWhere = {
  AND?: Array<DeadlineDutyConnectionWhere> | null | undefined;
  NOT?: DeadlineDutyConnectionWhere | null | undefined;
  OR?: Array<DeadlineDutyConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DutyWhere | null | undefined;
};

export type DeadlineDutyNodeAggregationWhereInput = {
  AND?: Array<DeadlineDutyNodeAggregationWhereInput> | null | undefined;
  NOT?: DeadlineDutyNodeAggregationWhereInput | null | undefined;
  OR?: Array<DeadlineDutyNodeAggregationWhereInput> | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  lineEnd?: IntScalarAggregationFilters | null | undefined;
  section?: StringScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
  suggestedAgencyKey?: StringScalarAggregationFilters | null | undefined;
  suggestionConfidence?: FloatScalarAggregationFilters | null | undefined;
  text?: StringScalarAggregationFilters | null | undefined;
};

export type DeadlineFulfilmentsConnectionAggregateInput = {
  AND?: Array<DeadlineFulfilmentsConnectionAggregateInput> | null | undefined;
  NOT?: DeadlineFulfilmentsConnectionAggregateInput | null | undefined;
  OR?: Array<DeadlineFulfilmentsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DeadlineFulfilmentsNodeAggregationWhereInput | null | undefined;
};

export type DeadlineFulfilmentsConnectionFilters = {
  /** Filter Deadlines by aggregating results on related DeadlineFulfilmentsConnections */
  aggregate?: DeadlineFulfilmentsConnectionAggregateInput | null | undefined;
  /** Return Deadlines where all of the related DeadlineFulfilmentsConnections match this filter */
  all?: DeadlineFulfilmentsConnectionWhere | null | undefined;
  /** Return Deadlines where none of the related DeadlineFulfilmentsConnections match this filter */
  none?: DeadlineFulfilmentsConnectionWhere | null | undefined;
  /** Return Deadlines where one of the related DeadlineFulfilmentsConnections match this filter */
  single?: DeadlineFulfilmentsConnectionWhere | null | undefined;
  /** Return Deadlines where some of the related DeadlineFulfilmentsConnections match this filter */
  some?: DeadlineFulfilmentsConnectionWhere | null | undefined;
};

export type DeadlineFulfilmentsConnectionWhere = {
  AND?: Array<DeadlineFulfilmentsConnectionWhere> | null | undefined;
  NOT?: DeadlineFulfilmentsConnectionWhere | null | undefined;
  OR?: Array<DeadlineFulfilmentsConnectionWhere> | null | undefined;
  node?: FulfilmentWhere | null | undefined;
};

export type DeadlineFulfilmentsNodeAggregationWhereInput = {
  AND?: Array<DeadlineFulfilmentsNodeAggregationWhereInput> | null | undefined;
  NOT?: DeadlineFulfilmentsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DeadlineFulfilmentsNodeAggregationWhereInput> | null | undefined;
  note?: StringScalarAggregationFilters | null | undefined;
  recordedAt?: DateTimeScalarAggregationFilters | null | undefined;
  recordedBy?: StringScalarAggregationFilters | null | undefined;
};

export type DeadlineKind =
  | 'ABSOLUTE'
  | 'HORIZON'
  | 'RECURRING'
  | 'START';

/** DeadlineKind filters */
export type DeadlineKindEnumScalarFilters = {
  eq?: DeadlineKind | null | undefined;
  in?: Array<DeadlineKind> | null | undefined;
};

export type DeadlineRelationshipFilters = {
  /** Filter type where all of the related Deadlines match this filter */
  all?: DeadlineWhere | null | undefined;
  /** Filter type where none of the related Deadlines match this filter */
  none?: DeadlineWhere | null | undefined;
  /** Filter type where one of the related Deadlines match this filter */
  single?: DeadlineWhere | null | undefined;
  /** Filter type where some of the related Deadlines match this filter */
  some?: DeadlineWhere | null | undefined;
};

export type DeadlineReportsToConnectionAggregateInput = {
  AND?: Array<DeadlineReportsToConnectionAggregateInput> | null | undefined;
  NOT?: DeadlineReportsToConnectionAggregateInput | null | undefined;
  OR?: Array<DeadlineReportsToConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DeadlineReportsToNodeAggregationWhereInput | null | undefined;
};

export type DeadlineReportsToConnectionFilters = {
  /** Filter Deadlines by aggregating results on related DeadlineReportsToConnections */
  aggregate?: DeadlineReportsToConnectionAggregateInput | null | undefined;
  /** Return Deadlines where all of the related DeadlineReportsToConnections match this filter */
  all?: DeadlineReportsToConnectionWhere | null | undefined;
  /** Return Deadlines where none of the related DeadlineReportsToConnections match this filter */
  none?: DeadlineReportsToConnectionWhere | null | undefined;
  /** Return Deadlines where one of the related DeadlineReportsToConnections match this filter */
  single?: DeadlineReportsToConnectionWhere | null | undefined;
  /** Return Deadlines where some of the related DeadlineReportsToConnections match this filter */
  some?: DeadlineReportsToConnectionWhere | null | undefined;
};

export type DeadlineReportsToConnectionWhere = {
  AND?: Array<DeadlineReportsToConnectionWhere> | null | undefined;
  NOT?: DeadlineReportsToConnectionWhere | null | undefined;
  OR?: Array<DeadlineReportsToConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type DeadlineReportsToNodeAggregationWhereInput = {
  AND?: Array<DeadlineReportsToNodeAggregationWhereInput> | null | undefined;
  NOT?: DeadlineReportsToNodeAggregationWhereInput | null | undefined;
  OR?: Array<DeadlineReportsToNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type DeadlineWhere = {
  AND?: Array<DeadlineWhere> | null | undefined;
  NOT?: DeadlineWhere | null | undefined;
  OR?: Array<DeadlineWhere> | null | undefined;
  action?: DeadlineActionEnumScalarFilters | null | undefined;
  binds?: AgencyRelationshipFilters | null | undefined;
  bindsConnection?: DeadlineBindsConnectionFilters | null | undefined;
  date?: DateScalarFilters | null | undefined;
  day?: IntScalarFilters | null | undefined;
  duty?: DutyRelationshipFilters | null | undefined;
  dutyConnection?: DeadlineDutyConnectionFilters | null | undefined;
  frequency?: FrequencyEnumScalarFilters | null | undefined;
  fulfilments?: FulfilmentRelationshipFilters | null | undefined;
  fulfilmentsConnection?: DeadlineFulfilmentsConnectionFilters | null | undefined;
  interval?: IntScalarFilters | null | undefined;
  key?: IdScalarFilters | null | undefined;
  kind?: DeadlineKindEnumScalarFilters | null | undefined;
  line?: IntScalarFilters | null | undefined;
  lineEnd?: IntScalarFilters | null | undefined;
  month?: IntScalarFilters | null | undefined;
  monthOfPeriod?: StringScalarFilters | null | undefined;
  recipientText?: StringScalarFilters | null | undefined;
  reportsTo?: AgencyRelationshipFilters | null | undefined;
  reportsToConnection?: DeadlineReportsToConnectionFilters | null | undefined;
  sourceKey?: StringScalarFilters | null | undefined;
  text?: StringScalarFilters | null | undefined;
  weekday?: IntScalarFilters | null | undefined;
};

export type DeliveryAggregationWhereInput = {
  AND?: Array<DeliveryAggregationWhereInput> | null | undefined;
  NOT?: DeliveryAggregationWhereInput | null | undefined;
  OR?: Array<DeliveryAggregationWhereInput> | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
  text?: StringScalarAggregationFilters | null | undefined;
};

export type DeliveryWhere = {
  AND?: Array<DeliveryWhere> | null | undefined;
  NOT?: DeliveryWhere | null | undefined;
  OR?: Array<DeliveryWhere> | null | undefined;
  line?: IntScalarFilters | null | undefined;
  purpose?: RecipientPurposeEnumScalarFilters | null | undefined;
  sourceKey?: StringScalarFilters | null | undefined;
  text?: StringScalarFilters | null | undefined;
};

export type DocumentAppliesToConnectionAggregateInput = {
  AND?: Array<DocumentAppliesToConnectionAggregateInput> | null | undefined;
  NOT?: DocumentAppliesToConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentAppliesToConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentAppliesToNodeAggregationWhereInput | null | undefined;
};

export type DocumentAppliesToConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentAppliesToConnections */
  aggregate?: DocumentAppliesToConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentAppliesToConnections match this filter */
  all?: DocumentAppliesToConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentAppliesToConnections match this filter */
  none?: DocumentAppliesToConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentAppliesToConnections match this filter */
  single?: DocumentAppliesToConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentAppliesToConnections match this filter */
  some?: DocumentAppliesToConnectionWhere | null | undefined;
};

export type DocumentAppliesToConnectionWhere = {
  AND?: Array<DocumentAppliesToConnectionWhere> | null | undefined;
  NOT?: DocumentAppliesToConnectionWhere | null | undefined;
  OR?: Array<DocumentAppliesToConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: AdministrativeUnitWhere | null | undefined;
};

export type DocumentAppliesToNodeAggregationWhereInput = {
  AND?: Array<DocumentAppliesToNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentAppliesToNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentAppliesToNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type DocumentBasedOnConnectionAggregateInput = {
  AND?: Array<DocumentBasedOnConnectionAggregateInput> | null | undefined;
  NOT?: DocumentBasedOnConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentBasedOnConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentBasedOnNodeAggregationWhereInput | null | undefined;
};

export type DocumentBasedOnConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentBasedOnConnections */
  aggregate?: DocumentBasedOnConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentBasedOnConnections match this filter */
  all?: DocumentBasedOnConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentBasedOnConnections match this filter */
  none?: DocumentBasedOnConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentBasedOnConnections match this filter */
  single?: DocumentBasedOnConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentBasedOnConnections match this filter */
  some?: DocumentBasedOnConnectionWhere | null | undefined;
};

export type DocumentBasedOnConnectionWhere = {
  AND?: Array<DocumentBasedOnConnectionWhere> | null | undefined;
  NOT?: DocumentBasedOnConnectionWhere | null | undefined;
  OR?: Array<DocumentBasedOnConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type DocumentBasedOnNodeAggregationWhereInput = {
  AND?: Array<DocumentBasedOnNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentBasedOnNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentBasedOnNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DocumentBasisOfConnectionAggregateInput = {
  AND?: Array<DocumentBasisOfConnectionAggregateInput> | null | undefined;
  NOT?: DocumentBasisOfConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentBasisOfConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentBasisOfNodeAggregationWhereInput | null | undefined;
};

export type DocumentBasisOfConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentBasisOfConnections */
  aggregate?: DocumentBasisOfConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentBasisOfConnections match this filter */
  all?: DocumentBasisOfConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentBasisOfConnections match this filter */
  none?: DocumentBasisOfConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentBasisOfConnections match this filter */
  single?: DocumentBasisOfConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentBasisOfConnections match this filter */
  some?: DocumentBasisOfConnectionWhere | null | undefined;
};

export type DocumentBasisOfConnectionWhere = {
  AND?: Array<DocumentBasisOfConnectionWhere> | null | undefined;
  NOT?: DocumentBasisOfConnectionWhere | null | undefined;
  OR?: Array<DocumentBasisOfConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type DocumentBasisOfNodeAggregationWhereInput = {
  AND?: Array<DocumentBasisOfNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentBasisOfNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentBasisOfNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DocumentCitedByConnectionAggregateInput = {
  AND?: Array<DocumentCitedByConnectionAggregateInput> | null | undefined;
  NOT?: DocumentCitedByConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentCitedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentCitedByNodeAggregationWhereInput | null | undefined;
};

export type DocumentCitedByConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentCitedByConnections */
  aggregate?: DocumentCitedByConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentCitedByConnections match this filter */
  all?: DocumentCitedByConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentCitedByConnections match this filter */
  none?: DocumentCitedByConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentCitedByConnections match this filter */
  single?: DocumentCitedByConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentCitedByConnections match this filter */
  some?: DocumentCitedByConnectionWhere | null | undefined;
};

export type DocumentCitedByConnectionWhere = {
  AND?: Array<DocumentCitedByConnectionWhere> | null | undefined;
  NOT?: DocumentCitedByConnectionWhere | null | undefined;
  OR?: Array<DocumentCitedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type DocumentCitedByNodeAggregationWhereInput = {
  AND?: Array<DocumentCitedByNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentCitedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentCitedByNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DocumentCitesConnectionAggregateInput = {
  AND?: Array<DocumentCitesConnectionAggregateInput> | null | undefined;
  NOT?: DocumentCitesConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentCitesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentCitesNodeAggregationWhereInput | null | undefined;
};

export type DocumentCitesConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentCitesConnections */
  aggregate?: DocumentCitesConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentCitesConnections match this filter */
  all?: DocumentCitesConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentCitesConnections match this filter */
  none?: DocumentCitesConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentCitesConnections match this filter */
  single?: DocumentCitesConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentCitesConnections match this filter */
  some?: DocumentCitesConnectionWhere | null | undefined;
};

export type DocumentCitesConnectionWhere = {
  AND?: Array<DocumentCitesConnectionWhere> | null | undefined;
  NOT?: DocumentCitesConnectionWhere | null | undefined;
  OR?: Array<DocumentCitesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type DocumentCitesNodeAggregationWhereInput = {
  AND?: Array<DocumentCitesNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentCitesNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentCitesNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DocumentConnectWhere = {
  node: DocumentWhere;
};

export type DocumentDutiesConnectionAggregateInput = {
  AND?: Array<DocumentDutiesConnectionAggregateInput> | null | undefined;
  NOT?: DocumentDutiesConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentDutiesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentDutiesNodeAggregationWhereInput | null | undefined;
};

export type DocumentDutiesConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentDutiesConnections */
  aggregate?: DocumentDutiesConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentDutiesConnections match this filter */
  all?: DocumentDutiesConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentDutiesConnections match this filter */
  none?: DocumentDutiesConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentDutiesConnections match this filter */
  single?: DocumentDutiesConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentDutiesConnections match this filter */
  some?: DocumentDutiesConnectionWhere | null | undefined;
};

export type DocumentDutiesConnectionWhere = {
  AND?: Array<DocumentDutiesConnectionWhere> | null | undefined;
  NOT?: DocumentDutiesConnectionWhere | null | undefined;
  OR?: Array<DocumentDutiesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DutyWhere | null | undefined;
};

export type DocumentDutiesNodeAggregationWhereInput = {
  AND?: Array<DocumentDutiesNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentDutiesNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentDutiesNodeAggregationWhereInput> | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  lineEnd?: IntScalarAggregationFilters | null | undefined;
  section?: StringScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
  suggestedAgencyKey?: StringScalarAggregationFilters | null | undefined;
  suggestionConfidence?: FloatScalarAggregationFilters | null | undefined;
  text?: StringScalarAggregationFilters | null | undefined;
};

export type DocumentFindingsConnectionAggregateInput = {
  AND?: Array<DocumentFindingsConnectionAggregateInput> | null | undefined;
  NOT?: DocumentFindingsConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentFindingsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DocumentFindingsNodeAggregationWhereInput | null | undefined;
};

export type DocumentFindingsConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentFindingsConnections */
  aggregate?: DocumentFindingsConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentFindingsConnections match this filter */
  all?: DocumentFindingsConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentFindingsConnections match this filter */
  none?: DocumentFindingsConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentFindingsConnections match this filter */
  single?: DocumentFindingsConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentFindingsConnections match this filter */
  some?: DocumentFindingsConnectionWhere | null | undefined;
};

export type DocumentFindingsConnectionWhere = {
  AND?: Array<DocumentFindingsConnectionWhere> | null | undefined;
  NOT?: DocumentFindingsConnectionWhere | null | undefined;
  OR?: Array<DocumentFindingsConnectionWhere> | null | undefined;
  node?: FindingWhere | null | undefined;
};

export type DocumentFindingsNodeAggregationWhereInput = {
  AND?: Array<DocumentFindingsNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentFindingsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentFindingsNodeAggregationWhereInput> | null | undefined;
  code?: StringScalarAggregationFilters | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  message?: StringScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
};

export type DocumentImplementedByConnectionAggregateInput = {
  AND?: Array<DocumentImplementedByConnectionAggregateInput> | null | undefined;
  NOT?: DocumentImplementedByConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentImplementedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentImplementedByNodeAggregationWhereInput | null | undefined;
};

export type DocumentImplementedByConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentImplementedByConnections */
  aggregate?: DocumentImplementedByConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentImplementedByConnections match this filter */
  all?: DocumentImplementedByConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentImplementedByConnections match this filter */
  none?: DocumentImplementedByConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentImplementedByConnections match this filter */
  single?: DocumentImplementedByConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentImplementedByConnections match this filter */
  some?: DocumentImplementedByConnectionWhere | null | undefined;
};

export type DocumentImplementedByConnectionWhere = {
  AND?: Array<DocumentImplementedByConnectionWhere> | null | undefined;
  NOT?: DocumentImplementedByConnectionWhere | null | undefined;
  OR?: Array<DocumentImplementedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type DocumentImplementedByNodeAggregationWhereInput = {
  AND?: Array<DocumentImplementedByNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentImplementedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentImplementedByNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DocumentImplementsConnectionAggregateInput = {
  AND?: Array<DocumentImplementsConnectionAggregateInput> | null | undefined;
  NOT?: DocumentImplementsConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentImplementsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentImplementsNodeAggregationWhereInput | null | undefined;
};

export type DocumentImplementsConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentImplementsConnections */
  aggregate?: DocumentImplementsConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentImplementsConnections match this filter */
  all?: DocumentImplementsConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentImplementsConnections match this filter */
  none?: DocumentImplementsConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentImplementsConnections match this filter */
  single?: DocumentImplementsConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentImplementsConnections match this filter */
  some?: DocumentImplementsConnectionWhere | null | undefined;
};

export type DocumentImplementsConnectionWhere = {
  AND?: Array<DocumentImplementsConnectionWhere> | null | undefined;
  NOT?: DocumentImplementsConnectionWhere | null | undefined;
  OR?: Array<DocumentImplementsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type DocumentImplementsNodeAggregationWhereInput = {
  AND?: Array<DocumentImplementsNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentImplementsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentImplementsNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DocumentIssuerConnectionAggregateInput = {
  AND?: Array<DocumentIssuerConnectionAggregateInput> | null | undefined;
  NOT?: DocumentIssuerConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentIssuerConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentIssuerNodeAggregationWhereInput | null | undefined;
};

export type DocumentIssuerConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentIssuerConnections */
  aggregate?: DocumentIssuerConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentIssuerConnections match this filter */
  all?: DocumentIssuerConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentIssuerConnections match this filter */
  none?: DocumentIssuerConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentIssuerConnections match this filter */
  single?: DocumentIssuerConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentIssuerConnections match this filter */
  some?: DocumentIssuerConnectionWhere | null | undefined;
};

export type DocumentIssuerConnectionWhere = {
  AND?: Array<DocumentIssuerConnectionWhere> | null | undefined;
  NOT?: DocumentIssuerConnectionWhere | null | undefined;
  OR?: Array<DocumentIssuerConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type DocumentIssuerNodeAggregationWhereInput = {
  AND?: Array<DocumentIssuerNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentIssuerNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentIssuerNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type DocumentKind =
  | 'CIRCULAR'
  | 'CODE'
  | 'CONCLUSION'
  | 'DECISION'
  | 'DECREE'
  | 'DIRECTIVE'
  | 'GUIDANCE'
  | 'JOINT_CIRCULAR'
  | 'LAW'
  | 'NOTICE'
  | 'OFFICIAL_LETTER'
  | 'OTHER'
  | 'PLAN'
  | 'PROGRAMME'
  | 'PROJECT'
  | 'REGULATION'
  | 'REPORT'
  | 'RESOLUTION'
  | 'STRATEGY'
  | 'SUBMISSION'
  | 'TELEGRAM';

/** DocumentKind filters */
export type DocumentKindEnumScalarFilters = {
  eq?: DocumentKind | null | undefined;
  in?: Array<DocumentKind> | null | undefined;
};

export type DocumentRecipientsConnectionAggregateInput = {
  AND?: Array<DocumentRecipientsConnectionAggregateInput> | null | undefined;
  NOT?: DocumentRecipientsConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentRecipientsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: DeliveryAggregationWhereInput | null | undefined;
  node?: DocumentRecipientsNodeAggregationWhereInput | null | undefined;
};

export type DocumentRecipientsConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentRecipientsConnections */
  aggregate?: DocumentRecipientsConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentRecipientsConnections match this filter */
  all?: DocumentRecipientsConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentRecipientsConnections match this filter */
  none?: DocumentRecipientsConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentRecipientsConnections match this filter */
  single?: DocumentRecipientsConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentRecipientsConnections match this filter */
  some?: DocumentRecipientsConnectionWhere | null | undefined;
};

export type DocumentRecipientsConnectionWhere = {
  AND?: Array<DocumentRecipientsConnectionWhere> | null | undefined;
  NOT?: DocumentRecipientsConnectionWhere | null | undefined;
  OR?: Array<DocumentRecipientsConnectionWhere> | null | undefined;
  edge?: DeliveryWhere | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type DocumentRecipientsNodeAggregationWhereInput = {
  AND?: Array<DocumentRecipientsNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentRecipientsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentRecipientsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type DocumentRelationshipFilters = {
  /** Filter type where all of the related Documents match this filter */
  all?: DocumentWhere | null | undefined;
  /** Filter type where none of the related Documents match this filter */
  none?: DocumentWhere | null | undefined;
  /** Filter type where one of the related Documents match this filter */
  single?: DocumentWhere | null | undefined;
  /** Filter type where some of the related Documents match this filter */
  some?: DocumentWhere | null | undefined;
};

export type DocumentSignersConnectionAggregateInput = {
  AND?: Array<DocumentSignersConnectionAggregateInput> | null | undefined;
  NOT?: DocumentSignersConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentSignersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentSignersNodeAggregationWhereInput | null | undefined;
};

export type DocumentSignersConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentSignersConnections */
  aggregate?: DocumentSignersConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentSignersConnections match this filter */
  all?: DocumentSignersConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentSignersConnections match this filter */
  none?: DocumentSignersConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentSignersConnections match this filter */
  single?: DocumentSignersConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentSignersConnections match this filter */
  some?: DocumentSignersConnectionWhere | null | undefined;
};

export type DocumentSignersConnectionWhere = {
  AND?: Array<DocumentSignersConnectionWhere> | null | undefined;
  NOT?: DocumentSignersConnectionWhere | null | undefined;
  OR?: Array<DocumentSignersConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type DocumentSignersNodeAggregationWhereInput = {
  AND?: Array<DocumentSignersNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentSignersNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentSignersNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type DocumentSupersededByConnectionAggregateInput = {
  AND?: Array<DocumentSupersededByConnectionAggregateInput> | null | undefined;
  NOT?: DocumentSupersededByConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentSupersededByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentSupersededByNodeAggregationWhereInput | null | undefined;
};

export type DocumentSupersededByConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentSupersededByConnections */
  aggregate?: DocumentSupersededByConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentSupersededByConnections match this filter */
  all?: DocumentSupersededByConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentSupersededByConnections match this filter */
  none?: DocumentSupersededByConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentSupersededByConnections match this filter */
  single?: DocumentSupersededByConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentSupersededByConnections match this filter */
  some?: DocumentSupersededByConnectionWhere | null | undefined;
};

export type DocumentSupersededByConnectionWhere = {
  AND?: Array<DocumentSupersededByConnectionWhere> | null | undefined;
  NOT?: DocumentSupersededByConnectionWhere | null | undefined;
  OR?: Array<DocumentSupersededByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type DocumentSupersededByNodeAggregationWhereInput = {
  AND?: Array<DocumentSupersededByNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentSupersededByNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentSupersededByNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DocumentSupersedesConnectionAggregateInput = {
  AND?: Array<DocumentSupersedesConnectionAggregateInput> | null | undefined;
  NOT?: DocumentSupersedesConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentSupersedesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentSupersedesNodeAggregationWhereInput | null | undefined;
};

export type DocumentSupersedesConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentSupersedesConnections */
  aggregate?: DocumentSupersedesConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentSupersedesConnections match this filter */
  all?: DocumentSupersedesConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentSupersedesConnections match this filter */
  none?: DocumentSupersedesConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentSupersedesConnections match this filter */
  single?: DocumentSupersedesConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentSupersedesConnections match this filter */
  some?: DocumentSupersedesConnectionWhere | null | undefined;
};

export type DocumentSupersedesConnectionWhere = {
  AND?: Array<DocumentSupersedesConnectionWhere> | null | undefined;
  NOT?: DocumentSupersedesConnectionWhere | null | undefined;
  OR?: Array<DocumentSupersedesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type DocumentSupersedesNodeAggregationWhereInput = {
  AND?: Array<DocumentSupersedesNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentSupersedesNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentSupersedesNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DocumentTargetsConnectionAggregateInput = {
  AND?: Array<DocumentTargetsConnectionAggregateInput> | null | undefined;
  NOT?: DocumentTargetsConnectionAggregateInput | null | undefined;
  OR?: Array<DocumentTargetsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DocumentTargetsNodeAggregationWhereInput | null | undefined;
};

export type DocumentTargetsConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentTargetsConnections */
  aggregate?: DocumentTargetsConnectionAggregateInput | null | undefined;
  /** Return Documents where all of the related DocumentTargetsConnections match this filter */
  all?: DocumentTargetsConnectionWhere | null | undefined;
  /** Return Documents where none of the related DocumentTargetsConnections match this filter */
  none?: DocumentTargetsConnectionWhere | null | undefined;
  /** Return Documents where one of the related DocumentTargetsConnections match this filter */
  single?: DocumentTargetsConnectionWhere | null | undefined;
  /** Return Documents where some of the related DocumentTargetsConnections match this filter */
  some?: DocumentTargetsConnectionWhere | null | undefined;
};

export type DocumentTargetsConnectionWhere = {
  AND?: Array<DocumentTargetsConnectionWhere> | null | undefined;
  NOT?: DocumentTargetsConnectionWhere | null | undefined;
  OR?: Array<DocumentTargetsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: TargetWhere | null | undefined;
};

export type DocumentTargetsNodeAggregationWhereInput = {
  AND?: Array<DocumentTargetsNodeAggregationWhereInput> | null | undefined;
  NOT?: DocumentTargetsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DocumentTargetsNodeAggregationWhereInput> | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  lineEnd?: IntScalarAggregationFilters | null | undefined;
  metric?: StringScalarAggregationFilters | null | undefined;
  period?: StringScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
  text?: StringScalarAggregationFilters | null | undefined;
  value?: FloatScalarAggregationFilters | null | undefined;
};

export type DocumentWhere = {
  AND?: Array<DocumentWhere> | null | undefined;
  NOT?: DocumentWhere | null | undefined;
  OR?: Array<DocumentWhere> | null | undefined;
  appliesTo?: AdministrativeUnitRelationshipFilters | null | undefined;
  appliesToConnection?: DocumentAppliesToConnectionFilters | null | undefined;
  basedOn?: DocumentRelationshipFilters | null | undefined;
  basedOnConnection?: DocumentBasedOnConnectionFilters | null | undefined;
  basisOf?: DocumentRelationshipFilters | null | undefined;
  basisOfConnection?: DocumentBasisOfConnectionFilters | null | undefined;
  catalog?: BooleanScalarFilters | null | undefined;
  catalogSource?: StringScalarFilters | null | undefined;
  citedBy?: DocumentRelationshipFilters | null | undefined;
  citedByConnection?: DocumentCitedByConnectionFilters | null | undefined;
  cites?: DocumentRelationshipFilters | null | undefined;
  citesConnection?: DocumentCitesConnectionFilters | null | undefined;
  draft?: BooleanScalarFilters | null | undefined;
  duties?: DutyRelationshipFilters | null | undefined;
  dutiesConnection?: DocumentDutiesConnectionFilters | null | undefined;
  findings?: FindingRelationshipFilters | null | undefined;
  findingsConnection?: DocumentFindingsConnectionFilters | null | undefined;
  implementedBy?: DocumentRelationshipFilters | null | undefined;
  implementedByConnection?: DocumentImplementedByConnectionFilters | null | undefined;
  implements?: DocumentRelationshipFilters | null | undefined;
  implementsConnection?: DocumentImplementsConnectionFilters | null | undefined;
  ingestedAt?: DateTimeScalarFilters | null | undefined;
  issuedOn?: DateScalarFilters | null | undefined;
  issuer?: AgencyRelationshipFilters | null | undefined;
  issuerConnection?: DocumentIssuerConnectionFilters | null | undefined;
  key?: IdScalarFilters | null | undefined;
  kind?: DocumentKindEnumScalarFilters | null | undefined;
  level?: LevelEnumScalarFilters | null | undefined;
  lineCount?: IntScalarFilters | null | undefined;
  number?: StringScalarFilters | null | undefined;
  periodFrom?: IntScalarFilters | null | undefined;
  periodTo?: IntScalarFilters | null | undefined;
  place?: StringScalarFilters | null | undefined;
  recipients?: AgencyRelationshipFilters | null | undefined;
  recipientsConnection?: DocumentRecipientsConnectionFilters | null | undefined;
  signerCapacity?: StringScalarFilters | null | undefined;
  signers?: PersonRelationshipFilters | null | undefined;
  signersConnection?: DocumentSignersConnectionFilters | null | undefined;
  sourceFile?: StringScalarFilters | null | undefined;
  sourceSha256?: StringScalarFilters | null | undefined;
  stub?: BooleanScalarFilters | null | undefined;
  supersededBy?: DocumentRelationshipFilters | null | undefined;
  supersededByConnection?: DocumentSupersededByConnectionFilters | null | undefined;
  supersedes?: DocumentRelationshipFilters | null | undefined;
  supersedesConnection?: DocumentSupersedesConnectionFilters | null | undefined;
  targets?: TargetRelationshipFilters | null | undefined;
  targetsConnection?: DocumentTargetsConnectionFilters | null | undefined;
  title?: StringScalarFilters | null | undefined;
  unresolvedBases?: StringListFilters | null | undefined;
  year?: IntScalarFilters | null | undefined;
};

export type DutyAgenciesConnectionAggregateInput = {
  AND?: Array<DutyAgenciesConnectionAggregateInput> | null | undefined;
  NOT?: DutyAgenciesConnectionAggregateInput | null | undefined;
  OR?: Array<DutyAgenciesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: TaskingAggregationWhereInput | null | undefined;
  node?: DutyAgenciesNodeAggregationWhereInput | null | undefined;
};

export type DutyAgenciesConnectionFilters = {
  /** Filter Duties by aggregating results on related DutyAgenciesConnections */
  aggregate?: DutyAgenciesConnectionAggregateInput | null | undefined;
  /** Return Duties where all of the related DutyAgenciesConnections match this filter */
  all?: DutyAgenciesConnectionWhere | null | undefined;
  /** Return Duties where none of the related DutyAgenciesConnections match this filter */
  none?: DutyAgenciesConnectionWhere | null | undefined;
  /** Return Duties where one of the related DutyAgenciesConnections match this filter */
  single?: DutyAgenciesConnectionWhere | null | undefined;
  /** Return Duties where some of the related DutyAgenciesConnections match this filter */
  some?: DutyAgenciesConnectionWhere | null | undefined;
};

export type DutyAgenciesConnectionWhere = {
  AND?: Array<DutyAgenciesConnectionWhere> | null | undefined;
  NOT?: DutyAgenciesConnectionWhere | null | undefined;
  OR?: Array<DutyAgenciesConnectionWhere> | null | undefined;
  edge?: TaskingWhere | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type DutyAgenciesNodeAggregationWhereInput = {
  AND?: Array<DutyAgenciesNodeAggregationWhereInput> | null | undefined;
  NOT?: DutyAgenciesNodeAggregationWhereInput | null | undefined;
  OR?: Array<DutyAgenciesNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type DutyConnectWhere = {
  node: DutyWhere;
};

export type DutyDeadlinesConnectionAggregateInput = {
  AND?: Array<DutyDeadlinesConnectionAggregateInput> | null | undefined;
  NOT?: DutyDeadlinesConnectionAggregateInput | null | undefined;
  OR?: Array<DutyDeadlinesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DutyDeadlinesNodeAggregationWhereInput | null | undefined;
};

export type DutyDeadlinesConnectionFilters = {
  /** Filter Duties by aggregating results on related DutyDeadlinesConnections */
  aggregate?: DutyDeadlinesConnectionAggregateInput | null | undefined;
  /** Return Duties where all of the related DutyDeadlinesConnections match this filter */
  all?: DutyDeadlinesConnectionWhere | null | undefined;
  /** Return Duties where none of the related DutyDeadlinesConnections match this filter */
  none?: DutyDeadlinesConnectionWhere | null | undefined;
  /** Return Duties where one of the related DutyDeadlinesConnections match this filter */
  single?: DutyDeadlinesConnectionWhere | null | undefined;
  /** Return Duties where some of the related DutyDeadlinesConnections match this filter */
  some?: DutyDeadlinesConnectionWhere | null | undefined;
};

export type DutyDeadlinesConnectionWhere = {
  AND?: Array<DutyDeadlinesConnectionWhere> | null | undefined;
  NOT?: DutyDeadlinesConnectionWhere | null | undefined;
  OR?: Array<DutyDeadlinesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DeadlineWhere | null | undefined;
};

export type DutyDeadlinesNodeAggregationWhereInput = {
  AND?: Array<DutyDeadlinesNodeAggregationWhereInput> | null | undefined;
  NOT?: DutyDeadlinesNodeAggregationWhereInput | null | undefined;
  OR?: Array<DutyDeadlinesNodeAggregationWhereInput> | null | undefined;
  day?: IntScalarAggregationFilters | null | undefined;
  interval?: IntScalarAggregationFilters | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  lineEnd?: IntScalarAggregationFilters | null | undefined;
  month?: IntScalarAggregationFilters | null | undefined;
  monthOfPeriod?: StringScalarAggregationFilters | null | undefined;
  recipientText?: StringScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
  text?: StringScalarAggregationFilters | null | undefined;
  weekday?: IntScalarAggregationFilters | null | undefined;
};

export type DutyDocumentConnectionAggregateInput = {
  AND?: Array<DutyDocumentConnectionAggregateInput> | null | undefined;
  NOT?: DutyDocumentConnectionAggregateInput | null | undefined;
  OR?: Array<DutyDocumentConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: DutyDocumentNodeAggregationWhereInput | null | undefined;
};

export type DutyDocumentConnectionFilters = {
  /** Filter Duties by aggregating results on related DutyDocumentConnections */
  aggregate?: DutyDocumentConnectionAggregateInput | null | undefined;
  /** Return Duties where all of the related DutyDocumentConnections match this filter */
  all?: DutyDocumentConnectionWhere | null | undefined;
  /** Return Duties where none of the related DutyDocumentConnections match this filter */
  none?: DutyDocumentConnectionWhere | null | undefined;
  /** Return Duties where one of the related DutyDocumentConnections match this filter */
  single?: DutyDocumentConnectionWhere | null | undefined;
  /** Return Duties where some of the related DutyDocumentConnections match this filter */
  some?: DutyDocumentConnectionWhere | null | undefined;
};

export type DutyDocumentConnectionWhere = {
  AND?: Array<DutyDocumentConnectionWhere> | null | undefined;
  NOT?: DutyDocumentConnectionWhere | null | undefined;
  OR?: Array<DutyDocumentConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type DutyDocumentNodeAggregationWhereInput = {
  AND?: Array<DutyDocumentNodeAggregationWhereInput> | null | undefined;
  NOT?: DutyDocumentNodeAggregationWhereInput | null | undefined;
  OR?: Array<DutyDocumentNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DutyRelationshipFilters = {
  /** Filter type where all of the related Duties match this filter */
  all?: DutyWhere | null | undefined;
  /** Filter type where none of the related Duties match this filter */
  none?: DutyWhere | null | undefined;
  /** Filter type where one of the related Duties match this filter */
  single?: DutyWhere | null | undefined;
  /** Filter type where some of the related Duties match this filter */
  some?: DutyWhere | null | undefined;
};

export type DutyWhere = {
  AND?: Array<DutyWhere> | null | undefined;
  NOT?: DutyWhere | null | undefined;
  OR?: Array<DutyWhere> | null | undefined;
  agencies?: AgencyRelationshipFilters | null | undefined;
  agenciesConnection?: DutyAgenciesConnectionFilters | null | undefined;
  curated?: BooleanScalarFilters | null | undefined;
  deadlines?: DeadlineRelationshipFilters | null | undefined;
  deadlinesConnection?: DutyDeadlinesConnectionFilters | null | undefined;
  document?: DocumentRelationshipFilters | null | undefined;
  documentConnection?: DutyDocumentConnectionFilters | null | undefined;
  key?: IdScalarFilters | null | undefined;
  line?: IntScalarFilters | null | undefined;
  lineEnd?: IntScalarFilters | null | undefined;
  requiresDerivedPlan?: BooleanScalarFilters | null | undefined;
  section?: StringScalarFilters | null | undefined;
  sourceKey?: StringScalarFilters | null | undefined;
  suggestedAgencyKey?: StringScalarFilters | null | undefined;
  suggestionConfidence?: FloatScalarFilters | null | undefined;
  text?: StringScalarFilters | null | undefined;
  unattributed?: BooleanScalarFilters | null | undefined;
};

export type FindingDocumentConnectionAggregateInput = {
  AND?: Array<FindingDocumentConnectionAggregateInput> | null | undefined;
  NOT?: FindingDocumentConnectionAggregateInput | null | undefined;
  OR?: Array<FindingDocumentConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: FindingDocumentNodeAggregationWhereInput | null | undefined;
};

export type FindingDocumentConnectionFilters = {
  /** Filter Findings by aggregating results on related FindingDocumentConnections */
  aggregate?: FindingDocumentConnectionAggregateInput | null | undefined;
  /** Return Findings where all of the related FindingDocumentConnections match this filter */
  all?: FindingDocumentConnectionWhere | null | undefined;
  /** Return Findings where none of the related FindingDocumentConnections match this filter */
  none?: FindingDocumentConnectionWhere | null | undefined;
  /** Return Findings where one of the related FindingDocumentConnections match this filter */
  single?: FindingDocumentConnectionWhere | null | undefined;
  /** Return Findings where some of the related FindingDocumentConnections match this filter */
  some?: FindingDocumentConnectionWhere | null | undefined;
};

export type FindingDocumentConnectionWhere = {
  AND?: Array<FindingDocumentConnectionWhere> | null | undefined;
  NOT?: FindingDocumentConnectionWhere | null | undefined;
  OR?: Array<FindingDocumentConnectionWhere> | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type FindingDocumentNodeAggregationWhereInput = {
  AND?: Array<FindingDocumentNodeAggregationWhereInput> | null | undefined;
  NOT?: FindingDocumentNodeAggregationWhereInput | null | undefined;
  OR?: Array<FindingDocumentNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type FindingRelationshipFilters = {
  /** Filter type where all of the related Findings match this filter */
  all?: FindingWhere | null | undefined;
  /** Filter type where none of the related Findings match this filter */
  none?: FindingWhere | null | undefined;
  /** Filter type where one of the related Findings match this filter */
  single?: FindingWhere | null | undefined;
  /** Filter type where some of the related Findings match this filter */
  some?: FindingWhere | null | undefined;
};

export type FindingWhere = {
  AND?: Array<FindingWhere> | null | undefined;
  NOT?: FindingWhere | null | undefined;
  OR?: Array<FindingWhere> | null | undefined;
  code?: StringScalarFilters | null | undefined;
  document?: DocumentRelationshipFilters | null | undefined;
  documentConnection?: FindingDocumentConnectionFilters | null | undefined;
  key?: IdScalarFilters | null | undefined;
  line?: IntScalarFilters | null | undefined;
  message?: StringScalarFilters | null | undefined;
  severity?: SeverityEnumScalarFilters | null | undefined;
  sourceKey?: StringScalarFilters | null | undefined;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: FloatScalarFilters | null | undefined;
  min?: FloatScalarFilters | null | undefined;
  sum?: FloatScalarFilters | null | undefined;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

export type Frequency =
  | 'HALF_YEARLY'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY'
  | 'YEARLY';

/** Frequency filters */
export type FrequencyEnumScalarFilters = {
  eq?: Frequency | null | undefined;
  in?: Array<Frequency> | null | undefined;
};

export type FulfilmentByAgencyConnectFieldInput = {
  where?: AgencyConnectWhere | null | undefined;
};

export type FulfilmentByAgencyConnectionAggregateInput = {
  AND?: Array<FulfilmentByAgencyConnectionAggregateInput> | null | undefined;
  NOT?: FulfilmentByAgencyConnectionAggregateInput | null | undefined;
  OR?: Array<FulfilmentByAgencyConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: FulfilmentByAgencyNodeAggregationWhereInput | null | undefined;
};

export type FulfilmentByAgencyConnectionFilters = {
  /** Filter Fulfilments by aggregating results on related FulfilmentByAgencyConnections */
  aggregate?: FulfilmentByAgencyConnectionAggregateInput | null | undefined;
  /** Return Fulfilments where all of the related FulfilmentByAgencyConnections match this filter */
  all?: FulfilmentByAgencyConnectionWhere | null | undefined;
  /** Return Fulfilments where none of the related FulfilmentByAgencyConnections match this filter */
  none?: FulfilmentByAgencyConnectionWhere | null | undefined;
  /** Return Fulfilments where one of the related FulfilmentByAgencyConnections match this filter */
  single?: FulfilmentByAgencyConnectionWhere | null | undefined;
  /** Return Fulfilments where some of the related FulfilmentByAgencyConnections match this filter */
  some?: FulfilmentByAgencyConnectionWhere | null | undefined;
};

export type FulfilmentByAgencyConnectionWhere = {
  AND?: Array<FulfilmentByAgencyConnectionWhere> | null | undefined;
  NOT?: FulfilmentByAgencyConnectionWhere | null | undefined;
  OR?: Array<FulfilmentByAgencyConnectionWhere> | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type FulfilmentByAgencyFieldInput = {
  connect?: Array<FulfilmentByAgencyConnectFieldInput> | null | undefined;
};

export type FulfilmentByAgencyNodeAggregationWhereInput = {
  AND?: Array<FulfilmentByAgencyNodeAggregationWhereInput> | null | undefined;
  NOT?: FulfilmentByAgencyNodeAggregationWhereInput | null | undefined;
  OR?: Array<FulfilmentByAgencyNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type FulfilmentCreateInput = {
  byAgency?: FulfilmentByAgencyFieldInput | null | undefined;
  deadline?: FulfilmentDeadlineFieldInput | null | undefined;
  derivedPlan?: FulfilmentDerivedPlanFieldInput | null | undefined;
  duty?: FulfilmentDutyFieldInput | null | undefined;
  forPlan?: FulfilmentForPlanFieldInput | null | undefined;
  kind: FulfilmentKind;
  note?: string | null | undefined;
  occurrence?: string | null | undefined;
};

export type FulfilmentDeadlineConnectFieldInput = {
  where?: DeadlineConnectWhere | null | undefined;
};

export type FulfilmentDeadlineConnectionAggregateInput = {
  AND?: Array<FulfilmentDeadlineConnectionAggregateInput> | null | undefined;
  NOT?: FulfilmentDeadlineConnectionAggregateInput | null | undefined;
  OR?: Array<FulfilmentDeadlineConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: FulfilmentDeadlineNodeAggregationWhereInput | null | undefined;
};

export type FulfilmentDeadlineConnectionFilters = {
  /** Filter Fulfilments by aggregating results on related FulfilmentDeadlineConnections */
  aggregate?: FulfilmentDeadlineConnectionAggregateInput | null | undefined;
  /** Return Fulfilments where all of the related FulfilmentDeadlineConnections match this filter */
  all?: FulfilmentDeadlineConnectionWhere | null | undefined;
  /** Return Fulfilments where none of the related FulfilmentDeadlineConnections match this filter */
  none?: FulfilmentDeadlineConnectionWhere | null | undefined;
  /** Return Fulfilments where one of the related FulfilmentDeadlineConnections match this filter */
  single?: FulfilmentDeadlineConnectionWhere | null | undefined;
  /** Return Fulfilments where some of the related FulfilmentDeadlineConnections match this filter */
  some?: FulfilmentDeadlineConnectionWhere | null | undefined;
};

export type FulfilmentDeadlineConnectionWhere = {
  AND?: Array<FulfilmentDeadlineConnectionWhere> | null | undefined;
  NOT?: FulfilmentDeadlineConnectionWhere | null | undefined;
  OR?: Array<FulfilmentDeadlineConnectionWhere> | null | undefined;
  node?: DeadlineWhere | null | undefined;
};

export type FulfilmentDeadlineFieldInput = {
  connect?: Array<FulfilmentDeadlineConnectFieldInput> | null | undefined;
};

export type FulfilmentDeadlineNodeAggregationWhereInput = {
  AND?: Array<FulfilmentDeadlineNodeAggregationWhereInput> | null | undefined;
  NOT?: FulfilmentDeadlineNodeAggregationWhereInput | null | undefined;
  OR?: Array<FulfilmentDeadlineNodeAggregationWhereInput> | null | undefined;
  day?: IntScalarAggregationFilters | null | undefined;
  interval?: IntScalarAggregationFilters | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  lineEnd?: IntScalarAggregationFilters | null | undefined;
  month?: IntScalarAggregationFilters | null | undefined;
  monthOfPeriod?: StringScalarAggregationFilters | null | undefined;
  recipientText?: StringScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
  text?: StringScalarAggregationFilters | null | undefined;
  weekday?: IntScalarAggregationFilters | null | undefined;
};

export type FulfilmentDerivedPlanConnectFieldInput = {
  where?: DocumentConnectWhere | null | undefined;
};

export type FulfilmentDerivedPlanConnectionAggregateInput = {
  AND?: Array<FulfilmentDerivedPlanConnectionAggregateInput> | null | undefined;
  NOT?: FulfilmentDerivedPlanConnectionAggregateInput | null | undefined;
  OR?: Array<FulfilmentDerivedPlanConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: FulfilmentDerivedPlanNodeAggregationWhereInput | null | undefined;
};

export type FulfilmentDerivedPlanConnectionFilters = {
  /** Filter Fulfilments by aggregating results on related FulfilmentDerivedPlanConnections */
  aggregate?: FulfilmentDerivedPlanConnectionAggregateInput | null | undefined;
  /** Return Fulfilments where all of the related FulfilmentDerivedPlanConnections match this filter */
  all?: FulfilmentDerivedPlanConnectionWhere | null | undefined;
  /** Return Fulfilments where none of the related FulfilmentDerivedPlanConnections match this filter */
  none?: FulfilmentDerivedPlanConnectionWhere | null | undefined;
  /** Return Fulfilments where one of the related FulfilmentDerivedPlanConnections match this filter */
  single?: FulfilmentDerivedPlanConnectionWhere | null | undefined;
  /** Return Fulfilments where some of the related FulfilmentDerivedPlanConnections match this filter */
  some?: FulfilmentDerivedPlanConnectionWhere | null | undefined;
};

export type FulfilmentDerivedPlanConnectionWhere = {
  AND?: Array<FulfilmentDerivedPlanConnectionWhere> | null | undefined;
  NOT?: FulfilmentDerivedPlanConnectionWhere | null | undefined;
  OR?: Array<FulfilmentDerivedPlanConnectionWhere> | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type FulfilmentDerivedPlanFieldInput = {
  connect?: Array<FulfilmentDerivedPlanConnectFieldInput> | null | undefined;
};

export type FulfilmentDerivedPlanNodeAggregationWhereInput = {
  AND?: Array<FulfilmentDerivedPlanNodeAggregationWhereInput> | null | undefined;
  NOT?: FulfilmentDerivedPlanNodeAggregationWhereInput | null | undefined;
  OR?: Array<FulfilmentDerivedPlanNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type FulfilmentDutyConnectFieldInput = {
  where?: DutyConnectWhere | null | undefined;
};

export type FulfilmentDutyConnectionAggregateInput = {
  AND?: Array<FulfilmentDutyConnectionAggregateInput> | null | undefined;
  NOT?: FulfilmentDutyConnectionAggregateInput | null | undefined;
  OR?: Array<FulfilmentDutyConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: FulfilmentDutyNodeAggregationWhereInput | null | undefined;
};

export type FulfilmentDutyConnectionFilters = {
  /** Filter Fulfilments by aggregating results on related FulfilmentDutyConnections */
  aggregate?: FulfilmentDutyConnectionAggregateInput | null | undefined;
  /** Return Fulfilments where all of the related FulfilmentDutyConnections match this filter */
  all?: FulfilmentDutyConnectionWhere | null | undefined;
  /** Return Fulfilments where none of the related FulfilmentDutyConnections match this filter */
  none?: FulfilmentDutyConnectionWhere | null | undefined;
  /** Return Fulfilments where one of the related FulfilmentDutyConnections match this filter */
  single?: FulfilmentDutyConnectionWhere | null | undefined;
  /** Return Fulfilments where some of the related FulfilmentDutyConnections match this filter */
  some?: FulfilmentDutyConnectionWhere | null | undefined;
};

export type FulfilmentDutyConnectionWhere = {
  AND?: Array<FulfilmentDutyConnectionWhere> | null | undefined;
  NOT?: FulfilmentDutyConnectionWhere | null | undefined;
  OR?: Array<FulfilmentDutyConnectionWhere> | null | undefined;
  node?: DutyWhere | null | undefined;
};

export type FulfilmentDutyFieldInput = {
  connect?: Array<FulfilmentDutyConnectFieldInput> | null | undefined;
};

export type FulfilmentDutyNodeAggregationWhereInput = {
  AND?: Array<FulfilmentDutyNodeAggregationWhereInput> | null | undefined;
  NOT?: FulfilmentDutyNodeAggregationWhereInput | null | undefined;
  OR?: Array<FulfilmentDutyNodeAggregationWhereInput> | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  lineEnd?: IntScalarAggregationFilters | null | undefined;
  section?: StringScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
  suggestedAgencyKey?: StringScalarAggregationFilters | null | undefined;
  suggestionConfidence?: FloatScalarAggregationFilters | null | undefined;
  text?: StringScalarAggregationFilters | null | undefined;
};

export type FulfilmentForPlanConnectFieldInput = {
  where?: DocumentConnectWhere | null | undefined;
};

export type FulfilmentForPlanConnectionAggregateInput = {
  AND?: Array<FulfilmentForPlanConnectionAggregateInput> | null | undefined;
  NOT?: FulfilmentForPlanConnectionAggregateInput | null | undefined;
  OR?: Array<FulfilmentForPlanConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: FulfilmentForPlanNodeAggregationWhereInput | null | undefined;
};

export type FulfilmentForPlanConnectionFilters = {
  /** Filter Fulfilments by aggregating results on related FulfilmentForPlanConnections */
  aggregate?: FulfilmentForPlanConnectionAggregateInput | null | undefined;
  /** Return Fulfilments where all of the related FulfilmentForPlanConnections match this filter */
  all?: FulfilmentForPlanConnectionWhere | null | undefined;
  /** Return Fulfilments where none of the related FulfilmentForPlanConnections match this filter */
  none?: FulfilmentForPlanConnectionWhere | null | undefined;
  /** Return Fulfilments where one of the related FulfilmentForPlanConnections match this filter */
  single?: FulfilmentForPlanConnectionWhere | null | undefined;
  /** Return Fulfilments where some of the related FulfilmentForPlanConnections match this filter */
  some?: FulfilmentForPlanConnectionWhere | null | undefined;
};

export type FulfilmentForPlanConnectionWhere = {
  AND?: Array<FulfilmentForPlanConnectionWhere> | null | undefined;
  NOT?: FulfilmentForPlanConnectionWhere | null | undefined;
  OR?: Array<FulfilmentForPlanConnectionWhere> | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type FulfilmentForPlanFieldInput = {
  connect?: Array<FulfilmentForPlanConnectFieldInput> | null | undefined;
};

export type FulfilmentForPlanNodeAggregationWhereInput = {
  AND?: Array<FulfilmentForPlanNodeAggregationWhereInput> | null | undefined;
  NOT?: FulfilmentForPlanNodeAggregationWhereInput | null | undefined;
  OR?: Array<FulfilmentForPlanNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type FulfilmentKind =
  | 'DERIVED_PLAN_REGISTERED'
  | 'DUTY_COMPLETED'
  | 'REPORT_SUBMITTED';

/** FulfilmentKind filters */
export type FulfilmentKindEnumScalarFilters = {
  eq?: FulfilmentKind | null | undefined;
  in?: Array<FulfilmentKind> | null | undefined;
};

export type FulfilmentRelationshipFilters = {
  /** Filter type where all of the related Fulfilments match this filter */
  all?: FulfilmentWhere | null | undefined;
  /** Filter type where none of the related Fulfilments match this filter */
  none?: FulfilmentWhere | null | undefined;
  /** Filter type where one of the related Fulfilments match this filter */
  single?: FulfilmentWhere | null | undefined;
  /** Filter type where some of the related Fulfilments match this filter */
  some?: FulfilmentWhere | null | undefined;
};

export type FulfilmentWhere = {
  AND?: Array<FulfilmentWhere> | null | undefined;
  NOT?: FulfilmentWhere | null | undefined;
  OR?: Array<FulfilmentWhere> | null | undefined;
  byAgency?: AgencyRelationshipFilters | null | undefined;
  byAgencyConnection?: FulfilmentByAgencyConnectionFilters | null | undefined;
  deadline?: DeadlineRelationshipFilters | null | undefined;
  deadlineConnection?: FulfilmentDeadlineConnectionFilters | null | undefined;
  derivedPlan?: DocumentRelationshipFilters | null | undefined;
  derivedPlanConnection?: FulfilmentDerivedPlanConnectionFilters | null | undefined;
  duty?: DutyRelationshipFilters | null | undefined;
  dutyConnection?: FulfilmentDutyConnectionFilters | null | undefined;
  forPlan?: DocumentRelationshipFilters | null | undefined;
  forPlanConnection?: FulfilmentForPlanConnectionFilters | null | undefined;
  key?: IdScalarFilters | null | undefined;
  kind?: FulfilmentKindEnumScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  occurrence?: DateScalarFilters | null | undefined;
  recordedAt?: DateTimeScalarFilters | null | undefined;
  recordedBy?: StringScalarFilters | null | undefined;
};

export type GapKind =
  | 'DRAFT_DOCUMENT'
  | 'METADATA_CONFLICT'
  | 'MISSING_DERIVED_PLAN'
  | 'OVERDUE_DEADLINE'
  | 'SUPERSEDED_BASIS'
  | 'UNLED_DUTY'
  | 'UNMIRRORED_DUTY'
  | 'UNRESOLVED_BASIS';

/** ID filters */
export type IdScalarFilters = {
  contains?: string | number | null | undefined;
  endsWith?: string | number | null | undefined;
  eq?: string | number | null | undefined;
  in?: Array<string | number> | null | undefined;
  startsWith?: string | number | null | undefined;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: IntScalarFilters | null | undefined;
  min?: IntScalarFilters | null | undefined;
  sum?: IntScalarFilters | null | undefined;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** Administrative level: trung ương / tỉnh / huyện (to 2025-06-30) / xã. */
export type Level =
  | 'COMMUNE'
  | 'DISTRICT'
  | 'NATIONAL'
  | 'PROVINCE'
  | 'UNKNOWN';

/** Level filters */
export type LevelEnumScalarFilters = {
  eq?: Level | null | undefined;
  in?: Array<Level> | null | undefined;
};

export type LineageDirection =
  | 'BOTH'
  /** Documents that implement this one, transitively (toward provinces, towns, communes). */
  | 'DOWN'
  /** The chain of bases, up to the law or resolution. */
  | 'UP';

export type PersonRelationshipFilters = {
  /** Filter type where all of the related People match this filter */
  all?: PersonWhere | null | undefined;
  /** Filter type where none of the related People match this filter */
  none?: PersonWhere | null | undefined;
  /** Filter type where one of the related People match this filter */
  single?: PersonWhere | null | undefined;
  /** Filter type where some of the related People match this filter */
  some?: PersonWhere | null | undefined;
};

export type PersonSignedConnectionAggregateInput = {
  AND?: Array<PersonSignedConnectionAggregateInput> | null | undefined;
  NOT?: PersonSignedConnectionAggregateInput | null | undefined;
  OR?: Array<PersonSignedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: PersonSignedNodeAggregationWhereInput | null | undefined;
};

export type PersonSignedConnectionFilters = {
  /** Filter People by aggregating results on related PersonSignedConnections */
  aggregate?: PersonSignedConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonSignedConnections match this filter */
  all?: PersonSignedConnectionWhere | null | undefined;
  /** Return People where none of the related PersonSignedConnections match this filter */
  none?: PersonSignedConnectionWhere | null | undefined;
  /** Return People where one of the related PersonSignedConnections match this filter */
  single?: PersonSignedConnectionWhere | null | undefined;
  /** Return People where some of the related PersonSignedConnections match this filter */
  some?: PersonSignedConnectionWhere | null | undefined;
};

export type PersonSignedConnectionWhere = {
  AND?: Array<PersonSignedConnectionWhere> | null | undefined;
  NOT?: PersonSignedConnectionWhere | null | undefined;
  OR?: Array<PersonSignedConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type PersonSignedNodeAggregationWhereInput = {
  AND?: Array<PersonSignedNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonSignedNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonSignedNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type PersonWhere = {
  AND?: Array<PersonWhere> | null | undefined;
  NOT?: PersonWhere | null | undefined;
  OR?: Array<PersonWhere> | null | undefined;
  key?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  signed?: DocumentRelationshipFilters | null | undefined;
  signedConnection?: PersonSignedConnectionFilters | null | undefined;
};

export type ProvenanceAggregationWhereInput = {
  AND?: Array<ProvenanceAggregationWhereInput> | null | undefined;
  NOT?: ProvenanceAggregationWhereInput | null | undefined;
  OR?: Array<ProvenanceAggregationWhereInput> | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  lineEnd?: IntScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
};

export type ProvenanceWhere = {
  AND?: Array<ProvenanceWhere> | null | undefined;
  NOT?: ProvenanceWhere | null | undefined;
  OR?: Array<ProvenanceWhere> | null | undefined;
  curated?: BooleanScalarFilters | null | undefined;
  line?: IntScalarFilters | null | undefined;
  lineEnd?: IntScalarFilters | null | undefined;
  sourceKey?: StringScalarFilters | null | undefined;
};

export type RecipientPurpose =
  | 'ARCHIVE'
  | 'IMPLEMENT'
  | 'INFORM'
  | 'REPORT';

/** RecipientPurpose filters */
export type RecipientPurposeEnumScalarFilters = {
  eq?: RecipientPurpose | null | undefined;
  in?: Array<RecipientPurpose> | null | undefined;
};

export type RecordFulfilmentInput = {
  /** The body that fulfilled it. */
  agencyKey?: string | number | null | undefined;
  /** The deadline answered (REPORT_SUBMITTED / DUTY_COMPLETED). */
  deadlineKey?: string | number | null | undefined;
  /** The derived plan, if it is in the graph. */
  derivedPlanKey?: string | number | null | undefined;
  kind: FulfilmentKind;
  note?: string | null | undefined;
  /** The occurrence (due date) of a recurring deadline that this answers. */
  occurrence?: string | null | undefined;
  /** The plan that asked for derived plans (DERIVED_PLAN_REGISTERED). */
  planKey?: string | number | null | undefined;
};

/**
 * Why a recurring deadline has no occurrences after a day inside the asked window: its plan's period
 * ended, or every unit acting on it ceased (district-level units ended on 2025-06-30; no successor is
 * assumed unless the graph knows it).
 */
export type RecurrenceEnd =
  | 'PLAN_PERIOD_END'
  | 'UNIT_DISSOLVED';

/** chủ trì = LEAD, phối hợp = COORDINATE, tham mưu = ADVISE, đề nghị = REQUESTED, giao / chịu trách nhiệm = RESPONSIBLE */
export type Role =
  | 'ADVISE'
  | 'COORDINATE'
  | 'LEAD'
  | 'REQUESTED'
  | 'RESPONSIBLE';

/** Role filters */
export type RoleEnumScalarFilters = {
  eq?: Role | null | undefined;
  in?: Array<Role> | null | undefined;
};

export type SearchHitKind =
  | 'AGENCY'
  | 'DOCUMENT'
  | 'DUTY';

export type Severity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

/** Severity filters */
export type SeverityEnumScalarFilters = {
  eq?: Severity | null | undefined;
  in?: Array<Severity> | null | undefined;
};

/** String list filters */
export type StringListFilters = {
  eq?: Array<string> | null | undefined;
  includes?: string | null | undefined;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: FloatScalarFilters | null | undefined;
  longestLength?: IntScalarFilters | null | undefined;
  shortestLength?: IntScalarFilters | null | undefined;
};

/** String filters */
export type StringScalarFilters = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

export type TargetDocumentConnectionAggregateInput = {
  AND?: Array<TargetDocumentConnectionAggregateInput> | null | undefined;
  NOT?: TargetDocumentConnectionAggregateInput | null | undefined;
  OR?: Array<TargetDocumentConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: TargetDocumentNodeAggregationWhereInput | null | undefined;
};

export type TargetDocumentConnectionFilters = {
  /** Filter Targets by aggregating results on related TargetDocumentConnections */
  aggregate?: TargetDocumentConnectionAggregateInput | null | undefined;
  /** Return Targets where all of the related TargetDocumentConnections match this filter */
  all?: TargetDocumentConnectionWhere | null | undefined;
  /** Return Targets where none of the related TargetDocumentConnections match this filter */
  none?: TargetDocumentConnectionWhere | null | undefined;
  /** Return Targets where one of the related TargetDocumentConnections match this filter */
  single?: TargetDocumentConnectionWhere | null | undefined;
  /** Return Targets where some of the related TargetDocumentConnections match this filter */
  some?: TargetDocumentConnectionWhere | null | undefined;
};

export type TargetDocumentConnectionWhere = {
  AND?: Array<TargetDocumentConnectionWhere> | null | undefined;
  NOT?: TargetDocumentConnectionWhere | null | undefined;
  OR?: Array<TargetDocumentConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: DocumentWhere | null | undefined;
};

export type TargetDocumentNodeAggregationWhereInput = {
  AND?: Array<TargetDocumentNodeAggregationWhereInput> | null | undefined;
  NOT?: TargetDocumentNodeAggregationWhereInput | null | undefined;
  OR?: Array<TargetDocumentNodeAggregationWhereInput> | null | undefined;
  catalogSource?: StringScalarAggregationFilters | null | undefined;
  ingestedAt?: DateTimeScalarAggregationFilters | null | undefined;
  lineCount?: IntScalarAggregationFilters | null | undefined;
  number?: StringScalarAggregationFilters | null | undefined;
  periodFrom?: IntScalarAggregationFilters | null | undefined;
  periodTo?: IntScalarAggregationFilters | null | undefined;
  place?: StringScalarAggregationFilters | null | undefined;
  signerCapacity?: StringScalarAggregationFilters | null | undefined;
  sourceFile?: StringScalarAggregationFilters | null | undefined;
  sourceSha256?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type TargetRelationshipFilters = {
  /** Filter type where all of the related Targets match this filter */
  all?: TargetWhere | null | undefined;
  /** Filter type where none of the related Targets match this filter */
  none?: TargetWhere | null | undefined;
  /** Filter type where one of the related Targets match this filter */
  single?: TargetWhere | null | undefined;
  /** Filter type where some of the related Targets match this filter */
  some?: TargetWhere | null | undefined;
};

export type TargetUnit =
  | 'COUNT'
  | 'PERCENT';

/** TargetUnit filters */
export type TargetUnitEnumScalarFilters = {
  eq?: TargetUnit | null | undefined;
  in?: Array<TargetUnit> | null | undefined;
};

export type TargetWhere = {
  AND?: Array<TargetWhere> | null | undefined;
  NOT?: TargetWhere | null | undefined;
  OR?: Array<TargetWhere> | null | undefined;
  comparator?: ComparatorEnumScalarFilters | null | undefined;
  document?: DocumentRelationshipFilters | null | undefined;
  documentConnection?: TargetDocumentConnectionFilters | null | undefined;
  key?: IdScalarFilters | null | undefined;
  line?: IntScalarFilters | null | undefined;
  lineEnd?: IntScalarFilters | null | undefined;
  metric?: StringScalarFilters | null | undefined;
  period?: StringScalarFilters | null | undefined;
  sourceKey?: StringScalarFilters | null | undefined;
  text?: StringScalarFilters | null | undefined;
  unit?: TargetUnitEnumScalarFilters | null | undefined;
  value?: FloatScalarFilters | null | undefined;
};

export type TaskingAggregationWhereInput = {
  AND?: Array<TaskingAggregationWhereInput> | null | undefined;
  NOT?: TaskingAggregationWhereInput | null | undefined;
  OR?: Array<TaskingAggregationWhereInput> | null | undefined;
  line?: IntScalarAggregationFilters | null | undefined;
  lineEnd?: IntScalarAggregationFilters | null | undefined;
  rule?: StringScalarAggregationFilters | null | undefined;
  sourceKey?: StringScalarAggregationFilters | null | undefined;
};

export type TaskingWhere = {
  AND?: Array<TaskingWhere> | null | undefined;
  NOT?: TaskingWhere | null | undefined;
  OR?: Array<TaskingWhere> | null | undefined;
  basis?: BasisEnumScalarFilters | null | undefined;
  curated?: BooleanScalarFilters | null | undefined;
  line?: IntScalarFilters | null | undefined;
  lineEnd?: IntScalarFilters | null | undefined;
  role?: RoleEnumScalarFilters | null | undefined;
  rule?: StringScalarFilters | null | undefined;
  sourceKey?: StringScalarFilters | null | undefined;
};

export type UnitKind =
  | 'CITY'
  | 'COMMUNE'
  | 'COUNTRY'
  | 'DISTRICT'
  | 'PROVINCE'
  | 'TOWN'
  | 'TOWNSHIP'
  | 'WARD';

/** UnitKind filters */
export type UnitKindEnumScalarFilters = {
  eq?: UnitKind | null | undefined;
  in?: Array<UnitKind> | null | undefined;
};

export type DocumentByKeyQueryVariables = Exact<{
  key: string | number;
}>;


export type DocumentByKeyQuery = { document: { key: string, kind: DocumentKind, number: string | null, issuedOn: string | null, year: number | null, title: string | null, stub: boolean, draft: boolean, ingestedAt: string | null, sourceFile: string | null, issuer: Array<{ key: string, name: string, level: Level }> } | null };

export type DocumentsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DocumentsPageQuery = { documentsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { key: string, stub: boolean } }> } };

export type CreateFulfilmentMutationVariables = Exact<{
  input: Array<FulfilmentCreateInput> | FulfilmentCreateInput;
}>;


export type CreateFulfilmentMutation = { createFulfilments: { fulfilments: Array<{ key: string, kind: FulfilmentKind, note: string | null, recordedAt: string }> } };

export type DocRefFragment = { key: string, kind: DocumentKind, number: string | null, issuedOn: string | null, year: number | null, title: string | null, level: Level | null, stub: boolean, draft: boolean, issuerKey: string | null, issuerName: string | null };

export type AgencyFieldsFragment = { key: string, name: string, type: AgencyType, level: Level, group: boolean };

export type SourceFieldsFragment = { documentKey: string, sourceFile: string | null, line: number | null, lineEnd: number | null };

export type DeadlineFieldsFragment = { key: string, kind: DeadlineKind, date: string | null, frequency: Frequency | null, month: number | null, day: number | null, monthOfPeriod: string | null, text: string, action: DeadlineAction, recipientText: string | null, recipients: Array<{ key: string, name: string, type: AgencyType, level: Level, group: boolean }>, source: { documentKey: string, sourceFile: string | null, line: number | null, lineEnd: number | null } };

export type DocumentsByNumberQueryVariables = Exact<{
  number: string;
  issuer?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type DocumentsByNumberQuery = { documentsByNumber: Array<{ key: string, kind: DocumentKind, number: string | null, issuedOn: string | null, year: number | null, title: string | null, level: Level | null, stub: boolean, draft: boolean, issuerKey: string | null, issuerName: string | null }> };

export type DocumentsBySourceFileQueryVariables = Exact<{
  file: string;
}>;


export type DocumentsBySourceFileQuery = { documents: Array<{ key: string, number: string | null, title: string | null, stub: boolean, draft: boolean }> };

export type LineageQueryVariables = Exact<{
  document: string | number;
  direction?: LineageDirection | null | undefined;
  maxDepth?: number | null | undefined;
  relations?: Array<BasisRelation> | BasisRelation | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LineageQuery = { lineage: { totalSteps: number, truncated: boolean, partial: boolean, partialReasons: Array<string>, root: { key: string, kind: DocumentKind, number: string | null, issuedOn: string | null, year: number | null, title: string | null, level: Level | null, stub: boolean, draft: boolean, issuerKey: string | null, issuerName: string | null }, nodes: Array<{ depth: number, document: { key: string, kind: DocumentKind, number: string | null, issuedOn: string | null, year: number | null, title: string | null, level: Level | null, stub: boolean, draft: boolean, issuerKey: string | null, issuerName: string | null } }>, steps: Array<{ relation: BasisRelation, depth: number, direction: LineageDirection, from: { key: string, number: string | null, stub: boolean }, to: { key: string, number: string | null, stub: boolean }, source: { documentKey: string, sourceFile: string | null, line: number | null, lineEnd: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ResponsibilitiesQueryVariables = Exact<{
  agency?: string | null | undefined;
  agencyType?: AgencyType | null | undefined;
  jurisdiction?: string | null | undefined;
  role?: Role | null | undefined;
  basis?: Basis | null | undefined;
  document?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResponsibilitiesQuery = { responsibilities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, items: Array<{ role: Role, basis: Basis, via: { key: string, name: string } | null, agency: { key: string, name: string, type: AgencyType, level: Level, group: boolean }, duty: { key: string, text: string, section: string | null, unattributed: boolean, source: { documentKey: string, sourceFile: string | null, line: number | null, lineEnd: number | null } }, document: { key: string, number: string | null, title: string | null }, deadlines: Array<{ key: string, kind: DeadlineKind, date: string | null, frequency: Frequency | null, month: number | null, day: number | null, monthOfPeriod: string | null, text: string, action: DeadlineAction, recipientText: string | null, recipients: Array<{ key: string, name: string, type: AgencyType, level: Level, group: boolean }>, source: { documentKey: string, sourceFile: string | null, line: number | null, lineEnd: number | null } }>, partners: Array<{ role: Role, agency: { key: string, name: string } }>, source: { documentKey: string, sourceFile: string | null, line: number | null, lineEnd: number | null } }> } };

export type ResponsibilityMapQueryVariables = Exact<{
  document: string | number;
  includeDescendants?: boolean | null | undefined;
}>;


export type ResponsibilityMapQuery = { responsibilityMap: { document: { key: string }, documents: Array<{ key: string, stub: boolean }>, agencies: Array<{ key: string, name: string, type: AgencyType, level: Level, group: boolean }>, duties: Array<{ key: string, text: string, unattributed: boolean, source: { documentKey: string, sourceFile: string | null, line: number | null, lineEnd: number | null } }>, matrix: Array<{ roles: Array<Role | null>, agency: { key: string, name: string } }>, cells: Array<{ agencyKey: string, dutyKey: string, role: Role, documentKey: string }>, nodes: Array<{ id: string, label: string, kind: string }>, edges: Array<{ source: string, target: string, type: string, role: Role | null }>, uptake: Array<{ agencyType: AgencyType, parentDuty: { key: string, text: string }, childDocument: { key: string }, childDuties: Array<{ key: string, text: string }> }> } };

export type ComplianceGapsQueryVariables = Exact<{
  scope?: string | number | null | undefined;
  asOf?: string | null | undefined;
  kinds?: Array<GapKind> | GapKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ComplianceGapsQuery = { complianceGaps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, items: Array<{ kind: GapKind, severity: Severity, what: string, why: string, subjectKey: string | null, dueDate: string | null, document: { key: string, number: string | null, title: string | null, stub: boolean, draft: boolean }, source: { documentKey: string, sourceFile: string | null, line: number | null, lineEnd: number | null } }> } };

export type DeadlinesQueryVariables = Exact<{
  from: string;
  to: string;
  agency?: string | null | undefined;
  jurisdiction?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeadlinesQuery = { deadlines: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, stopped: Array<{ endsOn: string, reason: RecurrenceEnd, deadline: { key: string, frequency: Frequency | null, text: string }, document: { key: string } }>, items: Array<{ date: string, dayInferred: boolean, fulfilled: boolean, deadline: { key: string, kind: DeadlineKind, date: string | null, frequency: Frequency | null, month: number | null, day: number | null, monthOfPeriod: string | null, text: string, action: DeadlineAction, recipientText: string | null, recipients: Array<{ key: string, name: string, type: AgencyType, level: Level, group: boolean }>, source: { documentKey: string, sourceFile: string | null, line: number | null, lineEnd: number | null } }, document: { key: string, number: string | null, title: string | null }, agencies: Array<{ key: string, name: string, group: boolean }> }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ kind: SearchHitKind, key: string, label: string, score: number, source: { documentKey: string, sourceFile: string | null, line: number | null, lineEnd: number | null } | null }> };

export type RecordFulfilmentMutationVariables = Exact<{
  input: RecordFulfilmentInput;
}>;


export type RecordFulfilmentMutation = { recordFulfilment: { key: string, kind: FulfilmentKind, occurrence: string | null, recordedAt: string, recordedBy: string | null } };

export const DocRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"issuerKey"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}}]}}]} as unknown as DocumentNode<DocRefFragment, unknown>;
export const AgencyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]} as unknown as DocumentNode<AgencyFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFile"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}}]}}]} as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const DeadlineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"monthOfPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recipientText"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFile"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}}]}}]} as unknown as DocumentNode<DeadlineFieldsFragment, unknown>;
export const DocumentByKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentByKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"ingestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFile"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentByKeyQuery, DocumentByKeyQueryVariables>;
export const DocumentsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentsPageQuery, DocumentsPageQueryVariables>;
export const CreateFulfilmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFulfilment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfilmentCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFulfilments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFulfilmentMutation, CreateFulfilmentMutationVariables>;
export const DocumentsByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentsByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentsByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"issuer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuer"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"issuerKey"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}}]}}]} as unknown as DocumentNode<DocumentsByNumberQuery, DocumentsByNumberQueryVariables>;
export const DocumentsBySourceFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentsBySourceFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sourceFile"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"endsWith"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}}]}}]}}]} as unknown as DocumentNode<DocumentsBySourceFileQuery, DocumentsBySourceFileQueryVariables>;
export const LineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LineageDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relations"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BasisRelation"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"relations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relations"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalSteps"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"partialReasons"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"issuerKey"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFile"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}}]}}]} as unknown as DocumentNode<LineageQuery, LineageQueryVariables>;
export const ResponsibilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Responsibilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Basis"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyType"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"unattributed"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFile"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"monthOfPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recipientText"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]} as unknown as DocumentNode<ResponsibilitiesQuery, ResponsibilitiesQueryVariables>;
export const ResponsibilityMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponsibilityMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibilityMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"unattributed"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"dutyKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"documentKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uptake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"parentDuty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childDuties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFile"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}}]}}]} as unknown as DocumentNode<ResponsibilityMapQuery, ResponsibilityMapQueryVariables>;
export const ComplianceGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GapKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFile"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}}]}}]} as unknown as DocumentNode<ComplianceGapsQuery, ComplianceGapsQueryVariables>;
export const DeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"agency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stopped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dayInferred"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFile"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"monthOfPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recipientText"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]} as unknown as DocumentNode<DeadlinesQuery, DeadlinesQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFile"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const RecordFulfilmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFulfilment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFulfilmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFulfilment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<RecordFulfilmentMutation, RecordFulfilmentMutationVariables>;