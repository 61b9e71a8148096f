// Service Bus: per department, a queue of assignments the center sends and a queue of decisions the department
// sends back. Decisions are de-duplicated by message id (the decision id), and sessions keep one dossier's
// messages in order. A message failing maxDeliveryCount times is dead-lettered with its reason.

param name string
param location string = resourceGroup().location
param tags object = {}

@description('Department codes, lower case as queue names use them (see QueueNames in src/OneStop.Application).')
param departments array

var queueProperties = {
  maxDeliveryCount: 5
  lockDuration: 'PT1M'
  deadLetteringOnMessageExpiration: true
  defaultMessageTimeToLive: 'P14D'
}

resource namespace 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
  }
}

resource assignmentQueues 'Microsoft.ServiceBus/namespaces/queues@2022-10-01-preview' = [
  for department in departments: {
    parent: namespace
    name: 'assign-${department}'
    properties: union(queueProperties, {
      requiresDuplicateDetection: true
      duplicateDetectionHistoryTimeWindow: 'P1D'
    })
  }
]

resource decisionQueues 'Microsoft.ServiceBus/namespaces/queues@2022-10-01-preview' = [
  for department in departments: {
    parent: namespace
    name: 'decide-${department}'
    properties: union(queueProperties, {
      requiresDuplicateDetection: true
      duplicateDetectionHistoryTimeWindow: 'P1D'
      requiresSession: true
    })
  }
]

resource notifications 'Microsoft.ServiceBus/namespaces/queues@2022-10-01-preview' = {
  parent: namespace
  name: 'notifications'
  properties: union(queueProperties, {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'P1D'
  })
}

output id string = namespace.id
output fullyQualifiedNamespace string = '${namespace.name}.servicebus.windows.net'
