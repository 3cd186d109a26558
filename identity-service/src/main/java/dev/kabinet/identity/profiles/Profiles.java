package dev.kabinet.identity.profiles;

import org.springframework.stereotype.Component;

/** Reading residents' profiles from the identity provider, never from the token alone (ID-10). */
@Component
public class Profiles {

    private final UserDirectory directory;

    public Profiles(UserDirectory directory) {
        this.directory = directory;
    }

    /** The caller's own profile as the identity provider has it now. */
    public Profile ofCaller(String subject, String username) {
        return directory.find(subject, username).orElseThrow(ProfileNotFound::new);
    }
}
