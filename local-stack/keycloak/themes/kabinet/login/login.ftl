<#-- Kabinet's login page (ID-6, ADR 0033): keycloak.v2's layout and field macros, with
     - the username field named for all three identifiers: login, e-mail or account number (the kabinet-username-password-form
       authenticator resolves an account number, local-stack/keycloak/extension);
     - «Забыли пароль?» and «Регистрация» leading to the web client's own pages (/recovery, /register, ADR 0026), whose
       address is the client's base URL (kabinet-gateway: rootUrl + baseUrl); Keycloak's own pages when a client has none. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "social-providers.ftl" as identityProviders>
<#assign kabinetWeb = ((client.baseUrl)!'')?remove_ending('/')>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=realm.password && !registrationDisabled??; section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <#if realm.password>
                <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                    <#if !usernameHidden??>
                        <@field.input name="username" label=msg("kabinetLoginIdentifier") error=messagesPerField.getFirstError('username','password')
                            autofocus=true autocomplete="username" value=login.username!'' />
                        <p id="kabinet-username-hint" class="kabinet-hint">${msg("kabinetLoginIdentifierHint")}</p>
                    </#if>
                    <@field.password name="password" label=msg("password") error="" forgotPassword=false autofocus=usernameHidden?? autocomplete="current-password">
                        <#if realm.rememberMe && !usernameHidden??>
                            <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                        </#if>
                        <#if realm.resetPasswordAllowed>
                            <div class="${properties.kcInputHelperTextItemClass}">
                              <span class="${properties.kcInputHelperTextItemTextClass}">
                                <a id="kabinet-forgot-password" href="<#if kabinetWeb?has_content>${kabinetWeb}/recovery<#else>${url.loginResetCredentialsUrl}</#if>">${msg("doForgotPassword")}</a>
                              </span>
                            </div>
                        </#if>
                    </@field.password>
                    <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>/>
                    <@buttons.loginButton />
                </form>
            </#if>
          </div>
        </div>
    <#elseif section = "socialProviders" >
        <#if realm.password && social.providers?? && social.providers?has_content>
            <@identityProviders.show social=social/>
        </#if>
    <#elseif section = "info" >
        <#if realm.password && !registrationDisabled?? && (kabinetWeb?has_content || realm.registrationAllowed)>
            <div id="kc-registration-container">
                <div id="kc-registration">
                    <span>${msg("noAccount")} <a id="kabinet-register" href="<#if kabinetWeb?has_content>${kabinetWeb}/register<#else>${url.registrationUrl}</#if>">${msg("doRegister")}</a></span>
                </div>
            </div>
        </#if>
    </#if>
</@layout.registrationLayout>
