package dev.kabinet.e2e.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * For a journey written as ordered steps ({@code @TestMethodOrder(OrderAnnotation.class)}): once a step fails, the
 * later steps are skipped with the name of the failed one instead of failing for a reason that is not theirs.
 */
public final class StopAfterFirstFailure implements ExecutionCondition, TestWatcher {

    private static final Namespace NAMESPACE = Namespace.create(StopAfterFirstFailure.class);
    private static final String FAILED_STEP = "failedStep";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("a class");
        }
        String failed = journey(context).getStore(NAMESPACE).get(FAILED_STEP, String.class);
        return failed == null
                ? ConditionEvaluationResult.enabled("no step failed so far")
                : ConditionEvaluationResult.disabled("skipped: an earlier step failed: " + failed);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        journey(context).getStore(NAMESPACE).put(FAILED_STEP, context.getDisplayName());
    }

    private static ExtensionContext journey(ExtensionContext context) {
        return context.getParent().orElse(context);
    }
}
