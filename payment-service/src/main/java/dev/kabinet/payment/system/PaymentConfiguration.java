package dev.kabinet.payment.system;

import dev.kabinet.payment.acquirer.web.SberbankProperties;
import dev.kabinet.payment.billing.web.BillingProperties;
import dev.kabinet.payment.fiscal.FiscalSettings;
import dev.kabinet.payment.payments.PaymentSettings;
import dev.kabinet.payment.refunds.RefundSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of card payments, of the acquiring bank's gateway (docs/adr/0022) and of fiscal receipts (0034). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    PaymentSettings.class,
    SberbankProperties.class,
    FiscalSettings.class,
    RefundSettings.class,
    BillingProperties.class
})
class PaymentConfiguration {}
