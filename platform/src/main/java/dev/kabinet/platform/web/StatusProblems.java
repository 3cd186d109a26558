package dev.kabinet.platform.web;

/**
 * The problem a bare HTTP status becomes when nothing more specific is known: the framework's own refusals (unreadable
 * JSON, wrong method, unsupported media type) and the servlet container's (bad URI, headers too large). One table, so
 * Spring MVC's advice ({@link ProblemDetailsAdvice}) and Tomcat's error report ({@link ProblemErrorReportValve}) give
 * the same {@code type} slug and Russian {@code detail} for the same status.
 */
final class StatusProblems {

    private StatusProblems() {}

    /** The slug of {@code https://kabinet.dev/problems/<slug>} for {@code status}. */
    static String slug(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            case 500 -> "internal";
            case 503 -> "service-unavailable";
            default -> "http-" + status;
        };
    }

    /** A detail a resident can act on, in Russian. */
    static String detail(int status) {
        return switch (status) {
            case 400 -> "Запрос не удалось прочитать: проверьте адрес и формат данных.";
            case 404 -> "Такой страницы или ресурса нет.";
            case 405 -> "Этот метод не поддерживается для данного адреса.";
            case 406 -> "Запрошенный формат ответа не поддерживается.";
            case 413 -> "Запрос слишком большой.";
            case 414 -> "Адрес запроса слишком длинный.";
            case 415 -> "Формат данных не поддерживается: отправьте JSON.";
            case 431 -> "Заголовки запроса слишком большие: удалите cookie этого сайта в браузере и повторите.";
            default ->
                status < 500
                        ? "Запрос не может быть выполнен."
                        : "Сервис временно не смог выполнить запрос. Повторите попытку позже.";
        };
    }
}
