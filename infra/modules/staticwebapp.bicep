// The web workspace: a Static Web App serving the built pages (web/dist). The pages call the Functions app's API
// with the user's access token from the province's identity provider; the site holds no secret of its own.

param name string

@description('Static Web Apps are offered in a few regions only; the pages are static, so any near one will do.')
param location string = 'eastasia'

param tags object = {}

@allowed([
  'Free'
  'Standard'
])
param sku string = 'Standard'

resource site 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: {
    name: sku
    tier: sku
  }
  properties: {
    // Deployed by the workflow from its own build, not from a repository connection.
    provider: 'None'
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostname
