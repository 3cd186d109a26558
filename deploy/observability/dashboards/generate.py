#!/usr/bin/env python3
"""Writes Kabinet's Grafana dashboards (deploy/observability/dashboards/*.json): one overview per app and the business
dashboard. Edit here, run `python3 deploy/observability/dashboards/generate.py`, commit the JSON. DeployObservabilityTest
checks every query parses (promtool) and names only metrics the services export (metrics.txt)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DS = {"type": "prometheus", "uid": "${datasource}"}
APPS = ["gateway", "identity-service", "account-service", "metering-service", "billing-service",
        "payment-service", "notification-service"]
NOT_ACTUATOR = 'uri!~"/actuator.*"'


def panel(pid, title, targets, x, y, unit="short", w=12, h=8, kind="timeseries", description=""):
    return {
        "id": pid, "type": kind, "title": title, "description": description, "datasource": DS,
        "gridPos": {"x": x, "y": y, "w": w, "h": h},
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "options": {"legend": {"displayMode": "list", "placement": "bottom"}},
        "targets": [{"refId": chr(ord("A") + i), "datasource": DS, "expr": expr, "legendFormat": legend}
                    for i, (expr, legend) in enumerate(targets)],
    }


def dashboard(uid, title, tags, panels):
    return {
        "uid": uid, "title": title, "tags": ["kabinet"] + tags, "schemaVersion": 39, "version": 1,
        "editable": True, "time": {"from": "now-1h", "to": "now"}, "refresh": "30s", "timezone": "browser",
        "templating": {"list": [{"name": "datasource", "type": "datasource", "query": "prometheus",
                                 "label": "Prometheus", "current": {}, "hide": 0}]},
        "annotations": {"list": []}, "panels": panels,
    }


def overview(app):
    a = f'application="{app}"'
    panels = [
        panel(1, "Requests per second by status", [
            (f'sum by (status) (rate(http_server_requests_seconds_count{{{a}, {NOT_ACTUATOR}}}[5m]))', "{{status}}")],
            0, 0, "reqps"),
        panel(2, "5xx ratio", [
            (f'sum(rate(http_server_requests_seconds_count{{{a}, status=~"5..", {NOT_ACTUATOR}}}[5m]))'
             f' / sum(rate(http_server_requests_seconds_count{{{a}, {NOT_ACTUATOR}}}[5m]))', "5xx")],
            12, 0, "percentunit", description="Alert KabinetHighErrorRatio above 5 %"),
        panel(3, "Latency p50 / p99", [
            (f'histogram_quantile(0.5, sum by (le) (rate(http_server_requests_seconds_bucket{{{a}, {NOT_ACTUATOR}}}[5m])))', "p50"),
            (f'histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket{{{a}, {NOT_ACTUATOR}}}[5m])))', "p99")],
            0, 8, "s", description="Alert KabinetSlowRequests: p99 above 2 s"),
        panel(4, "JVM heap used and CPU", [
            (f'sum(jvm_memory_used_bytes{{{a}, area="heap"}})', "heap used"),
            (f'sum(jvm_memory_max_bytes{{{a}, area="heap"}})', "heap max")],
            12, 8, "bytes"),
        panel(5, "Process CPU", [(f'process_cpu_usage{{{a}}}', "{{instance}}")], 0, 16, "percentunit"),
        panel(6, "Errors logged per second", [
            (f'sum(rate(logback_events_total{{{a}, level="error"}}[5m]))', "error"),
            (f'sum(rate(logback_events_total{{{a}, level="warn"}}[5m]))', "warn")], 12, 16, "short"),
    ]
    if app != "gateway":
        panels += [
            panel(7, "Kafka consumer lag (max per topic)", [
                (f'max by (topic) (kafka_consumer_fetch_manager_records_lag_max{{{a}, topic=~".+[.].+"}})', "{{topic}}")],
                0, 24, "short", description="Alert KabinetConsumerLagGrowing"),
            panel(8, "Outbox backlog (events not yet published)", [
                (f'max(kabinet_outbox_pending{{{a}}})', "pending")], 12, 24, "short",
                description="Alert KabinetOutboxBacklog above 1000 for 10 minutes"),
            panel(9, "Database connections", [
                (f'sum(hikaricp_connections_active{{{a}}})', "active"),
                (f'sum(hikaricp_connections_pending{{{a}}})', "waiting")], 0, 32, "short"),
            panel(10, "Events handled per second", [
                (f'sum by (spring_kafka_listener_id) (rate(spring_kafka_listener_seconds_count{{{a}}}[5m]))',
                 "{{spring_kafka_listener_id}}")], 12, 32, "ops"),
        ]
    else:
        panels += [
            panel(7, "Routed requests per second by route", [
                ('sum by (routeId) (rate(spring_cloud_gateway_requests_seconds_count{application="gateway"}[5m]))',
                 "{{routeId}}")], 0, 24, "reqps"),
            panel(8, "Session store (Redis) commands per second", [
                ('sum(rate(lettuce_seconds_count{application="gateway"}[5m]))', "commands")], 12, 24, "ops"),
        ]
    return dashboard(f"kabinet-{app}", f"Kabinet · {app}", ["overview"], panels)


def business():
    return dashboard("kabinet-business", "Kabinet · business", ["business"], [
        panel(1, "Readings submitted per minute by outcome", [
            ('sum by (outcome) (rate(kabinet_metering_readings_submitted_total[5m])) * 60', "{{outcome}}")],
            0, 0, "short", description="MT-2: stored, held for review, refused"),
        panel(2, "Payments confirmed per minute by channel", [
            ('sum by (channel) (rate(kabinet_payment_payments_confirmed_total[5m])) * 60', "{{channel}}")],
            12, 0, "short"),
        panel(3, "Receipts rendered per minute and p99 render time", [
            ('sum(rate(kabinet_billing_receipts_rendered_seconds_count[5m])) * 60', "receipts/min"),
            ('max(kabinet_billing_receipts_rendered_seconds_max)', "slowest (s)")], 0, 8, "short"),
        panel(4, "Notifications per minute by channel and result", [
            ('sum by (channel, result) (rate(kabinet_notification_sent_total[5m])) * 60', "{{channel}} {{result}}")],
            12, 8, "short"),
        panel(5, "Accounts imported from the back office per minute", [
            ('sum by (outcome) (rate(kabinet_account_accounts_imported_total[5m])) * 60', "{{outcome}}")],
            0, 16, "short"),
        panel(6, "Dead letters (last hour)", [
            ('sum by (topic) (increase(kabinet_messaging_dead_lettered_total[1h]))', "{{topic}}")],
            12, 16, "short", description="Alert KabinetDeadLetters"),
        panel(7, "Period close progress", [
            ('max by (state) (kabinet_billing_close_accounts)', "{{state}}"),
            ('max(kabinet_billing_close_running)', "running")], 0, 24, "short",
            description="Alert KabinetPeriodCloseStalled"),
        panel(8, "Payments without the bank's outcome (> 30 min)", [
            ('max(kabinet_payment_outcome_unknown)', "unknown")], 12, 24, "short",
            description="Alert KabinetPaymentOutcomesUnknown"),
        panel(9, "Notification deliveries by status", [
            ('max by (channel, status) (kabinet_notification_deliveries)', "{{channel}} {{status}}")],
            0, 32, "short"),
        panel(10, "Outbox backlog per service", [
            ('max by (application) (kabinet_outbox_pending)', "{{application}}")], 12, 32, "short"),
    ])


def write(name, content):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as out:
        json.dump(content, out, indent=2, ensure_ascii=False)
        out.write("\n")


if __name__ == "__main__":
    for app in APPS:
        write(f"kabinet-{app}.json", overview(app))
    write("kabinet-business.json", business())
