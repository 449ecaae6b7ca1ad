// The co-sell eligibility assistant on Azure: one Linux App Service (Node 20) running the bot under a
// user-assigned managed identity, the Azure Bot registration for that identity with the Teams and Direct Line
// channels, and a Storage account whose blob container holds conversation state (STORAGE=blob).
// No secret is written in this file or its parameters: the bot signs in as the managed identity (no password),
// and the storage connection string is read from the account at deployment time.
// Deployed by `atk provision` (m365agents.yml) or `az deployment group create` (README "Deploy to Azure").

@minLength(4)
@maxLength(20)
@description('Lowercase letters and digits, 4-20 characters; every resource name is made from it (the storage account drops hyphens).')
param resourceBaseName string

@description('Azure region for the App Service, identity and storage. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 is the smallest with Always On; P0v3 or larger for production traffic.')
param webAppSku string = 'B1'

@maxLength(42)
@description('Name the bot shows in Teams and in the Azure portal.')
param botDisplayName string = 'Co-sell eligibility assistant'

@allowed([ 'F0', 'S1' ])
@description('Azure Bot pricing tier: F0 (free, limited premium-channel messages) or S1.')
param botSku string = 'F0'

@description('Teams tenant ids allowed to use the bot, comma-separated; empty allows every tenant (ALLOWED_TENANT_IDS).')
param allowedTenantIds string = ''

@description('Blob container for conversation state (BLOB_CONTAINER): 3-63 lowercase letters, digits and single hyphens.')
param stateContainerName string = 'bot-state'

var storageAccountName = take('${replace(resourceBaseName, '-', '')}state', 24)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainerName
  properties: { publicAccess: 'None' }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: { reserved: true } // reserved = Linux
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${resourceBaseName}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: true
      healthCheckPath: '/health'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: [
        // The bot signs in as the managed identity: its client id is the bot's app id, and there is no password.
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        // Several instances share state through blob storage. The key is read at deployment, never written here.
        { name: 'STORAGE', value: 'blob' }
        { name: 'BLOB_CONTAINER', value: stateContainerName }
        { name: 'BLOB_CONNECTION_STRING', value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}' }
        // App Service's front end is the one proxy before the app: its X-Forwarded-For entry is the client.
        { name: 'TRUSTED_PROXY_HOPS', value: '1' }
        { name: 'ALLOWED_TENANT_IDS', value: allowedTenantIds }
        // The package is built before deployment (npm run build); App Service only runs it.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        // HOST (0.0.0.0) and DATA_DIR (/home/data) take their App Service defaults from src/config.ts.
        // DIRECT_LINE_SECRET is set after deployment from the Direct Line channel's key (README "Deploy to Azure").
      ]
    }
  }
  dependsOn: [ stateContainer ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web Chat page'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

// Written by the Agents Toolkit to env/.env.<environment>; read by m365agents.yml and the README's az steps.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output AZURE_BOT_NAME string = bot.name
