// Cosmos DB for case state: serverless, keys disabled (the app reaches it with its managed identity through
// data-plane RBAC), and the containers with the partition keys and indexing policies of src/OneStop.Azure/Cosmos/CosmosSchema.cs.

@description('Name of the Cosmos DB account.')
param accountName string

@description('Region of the account.')
param location string = resourceGroup().location

@description('Principal id of the identity the app runs as: it may read and write items, nothing more.')
param appPrincipalId string

@description('Name of the SQL database.')
param databaseName string = 'onestop'

@description('Tags for every resource.')
param tags object = {}

// Only the fields the app queries are indexed; the dossier body (history, outbox) never is.
var dossierIndexedPaths = [
  '/status/?'
  '/wakeAt/?'
  '/attentionAt/?'
  '/activeDepartments/[]/?'
  '/departments/[]/?'
  '/receivedAt/?'
  '/endedAt/?'
  '/outboxCount/?'
  '/procedureCode/?'
  '/intakePoint/?'
  '/returnPoint/?'
  '/filedAt/?'
  '/searchName/?'
  '/applicantKeys/[]/?'
  '/returnedAt/?'
  '/applicantAccount/?'
]

var containers = [
  {
    name: 'dossiers'
    partitionKey: '/id'
    includedPaths: dossierIndexedPaths
    defaultTtl: null
  }
  {
    name: 'counters'
    partitionKey: '/id'
    includedPaths: []
    defaultTtl: null
  }
  {
    name: 'catalog'
    partitionKey: '/partition'
    includedPaths: [
      '/type/?'
      '/code/?'
    ]
    defaultTtl: null
  }
  {
    name: 'idempotency'
    partitionKey: '/id'
    includedPaths: []
    // Idempotency-Key claims expire after a day.
    defaultTtl: 86400
  }
  {
    // The dossiers' inboxes: decisions handed to an orchestration until a turn takes them, and those parked.
    name: 'signals'
    partitionKey: '/dossierId'
    includedPaths: [
      '/dossierId/?'
      '/receivedAt/?'
      '/parkedAt/?'
    ]
    defaultTtl: null
  }
  {
    // Every read of a dossier's personal data by an officer, append-only (Law 91/2025 on personal data protection).
    name: 'accessLog'
    partitionKey: '/dossierId'
    includedPaths: [
      '/dossierId/?'
      '/at/?'
      '/actorId/?'
    ]
    defaultTtl: null
  }
  {
    // Administrators' changes to the catalog and departments, append-only.
    name: 'administration'
    partitionKey: '/partition'
    includedPaths: [
      '/at/?'
    ]
    defaultTtl: null
  }
  {
    // The national portal connection: how far each dossier is reported, dead letters, dossiers received and refused.
    name: 'portal'
    partitionKey: '/id'
    includedPaths: [
      '/type/?'
      '/waiting/?'
      '/dueAt/?'
      '/dead/?'
    ]
    defaultTtl: null
  }
  {
    // The Decision 766 scorecard's aggregate records: per day of receipt and intake point, by month.
    name: 'scores'
    partitionKey: '/month'
    includedPaths: [
      '/day/?'
      '/open/?'
      '/latestEnd/?'
    ]
    defaultTtl: null
  }
]

// Cosmos DB Built-in Data Contributor: read and write items; no control-plane rights.
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
    // Point-in-time restore of the last 7 days: how a dossier written wrongly is recovered.
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: 'Continuous7Days'
      }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in containers: {
    parent: database
    name: container.name
    properties: {
      resource: {
        id: container.name
        defaultTtl: container.defaultTtl
        partitionKey: {
          paths: [
            container.partitionKey
          ]
          kind: 'Hash'
          version: 2
        }
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: [for path in container.includedPaths: { path: path }]
          excludedPaths: [
            {
              path: '/*'
            }
          ]
        }
      }
    }
  }
]

resource appDataAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, appPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: appPrincipalId
    scope: '${account.id}/dbs/${databaseName}'
  }
}

@description('The endpoint the app is configured with (CosmosEndpoint).')
output endpoint string = account.properties.documentEndpoint

output databaseName string = database.name
