package dev.kabinet.identity.applications;

import dev.kabinet.platform.problem.DomainProblem;

/** The account has an application the back office has not decided yet (ID-4): a new one waits for that decision. */
public class AccessApplicationWaiting extends DomainProblem {

    public AccessApplicationWaiting() {
        super("access-application-waiting");
    }
}
