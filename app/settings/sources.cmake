# Profiles, typed application settings and the secret store (QtKeychain behind an interface).
target_sources(loandesk_core PRIVATE
    settings/actionlimits.cpp settings/actionlimits.h
    settings/alertsettings.cpp settings/alertsettings.h
    settings/appsettings.cpp settings/appsettings.h
    settings/environmentsecrets.cpp settings/environmentsecrets.h
    settings/memorysecretstore.cpp settings/memorysecretstore.h
    settings/operatorregistry.cpp settings/operatorregistry.h
    settings/pinhash.cpp settings/pinhash.h
    settings/profile.cpp settings/profile.h
    settings/profilecredentials.cpp settings/profilecredentials.h
    settings/profilelock.cpp settings/profilelock.h
    settings/profileopener.cpp settings/profileopener.h
    settings/profileproxyfactory.cpp settings/profileproxyfactory.h
    settings/profilestore.cpp settings/profilestore.h
    settings/proxysettings.cpp settings/proxysettings.h
    settings/secretstore.h
    settings/settingsfile.cpp settings/settingsfile.h
    settings/settingsservice.cpp settings/settingsservice.h
)
# QtKeychain needs only QtCore and QtDBus, so the core stays widget-free. It is found by the
# top-level CMakeLists when the UI is built; without it only MemorySecretStore exists.
if(TARGET qt6keychain)
    target_sources(loandesk_core PRIVATE
        settings/keychainsecretstore.cpp settings/keychainsecretstore.h)
    target_link_libraries(loandesk_core PUBLIC qt6keychain)
    target_compile_definitions(loandesk_core PUBLIC LOANDESK_HAVE_KEYCHAIN)
endif()
