package dev.assay.suites.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer-service scenarios the stand-in generator "writes": for each topic a few customer
 * messages with a golden reply and the ticket a support system would extract from them. Two of them
 * are deliberately vague, so the validator has something to reject.
 */
final class SupportScenarios {

    /**
     * One scenario.
     *
     * @param topic the topic the generator was asked for
     * @param k the candidate's number within the topic, from 1
     * @param message what the customer writes
     * @param golden the reply a good agent gives
     * @param ticket the ticket extracted from the message: intent, order_id, priority
     */
    record Scenario(String topic, int k, String message, String golden, Map<String, Object> ticket) {
        boolean vague() {
            return message.length() < 40;
        }
    }

    static final List<String> TOPICS = List.of("refund", "late delivery", "damaged item", "password reset",
            "cancel subscription", "change address");

    static final List<Scenario> ALL = List.of(
            s("refund", 1, "I returned order A1001 two weeks ago and still have not received my refund.",
                    "I am sorry for the wait. Your refund for order A1001 was issued today and will reach your card within 5 business days.",
                    "refund", "A1001", "normal"),
            s("refund", 2, "Can I get my money back for order A1002? The jacket does not fit.",
                    "Yes, you can return the jacket within 30 days. I have emailed you a prepaid return label for order A1002.",
                    "refund", "A1002", "low"),
            s("refund", 3, "Refund please.",
                    "Could you tell me your order number so I can check the refund?", "refund", null, "low"),
            s("late delivery", 1, "My order B2001 was due on Monday and it still has not arrived.",
                    "I am sorry your order B2001 is late. The courier shows it will be delivered tomorrow before noon.",
                    "delivery_status", "B2001", "normal"),
            s("late delivery", 2, "Where is my package B2002? I need it for a birthday on Friday.",
                    "Your package B2002 is at the local depot and will arrive on Thursday, in time for Friday.",
                    "delivery_status", "B2002", "high"),
            s("late delivery", 3, "Tracking for order B2003 has not changed in six days.",
                    "I am sorry for the delay. I have opened an investigation with the courier for order B2003 and will update you within 24 hours.",
                    "delivery_status", "B2003", "high"),
            s("damaged item", 1, "The lamp from order C3001 arrived with a broken shade.",
                    "I am sorry the lamp arrived damaged. A replacement for order C3001 ships today at no cost to you.",
                    "replacement", "C3001", "normal"),
            s("damaged item", 2, "Order C3002 came with two cracked plates out of six.",
                    "I am sorry about the cracked plates. I have sent two replacement plates for order C3002 and you can keep the others.",
                    "replacement", "C3002", "normal"),
            s("damaged item", 3, "It is broken.",
                    "I am sorry to hear that. Which order is it, and what is broken?", "replacement", null, "low"),
            s("password reset", 1, "I cannot log in and the password reset email never arrives.",
                    "I have sent a new reset link to your email. Please check your spam folder; the link is valid for one hour.",
                    "account_access", null, "high"),
            s("password reset", 2, "How do I change my password on the mobile app?",
                    "Open the app, go to Settings, then Security, and tap Change password.",
                    "account_access", null, "low"),
            s("password reset", 3, "My account is locked after too many password attempts.",
                    "I have unlocked your account. Please reset your password with the link I just sent to your email.",
                    "account_access", null, "high"),
            s("cancel subscription", 1, "Please cancel my premium subscription before the next billing date.",
                    "Your premium subscription is cancelled. You keep premium features until the end of the current billing period.",
                    "cancellation", null, "normal"),
            s("cancel subscription", 2, "I was charged for subscription D4002 after I cancelled it.",
                    "I am sorry for the charge. I have refunded the payment for subscription D4002 and confirmed the cancellation.",
                    "billing_dispute", "D4002", "high"),
            s("change address", 1, "I moved. Can you send order E5001 to my new address?",
                    "Yes. Order E5001 has not shipped yet, so I have updated the delivery address. Please confirm the new address by email.",
                    "address_change", "E5001", "normal"),
            s("change address", 2, "How do I update my billing address for future orders?",
                    "Go to Account, then Addresses, and edit your billing address. It will be used for all future orders.",
                    "address_change", null, "low"));

    private SupportScenarios() {
    }

    private static Scenario s(String topic, int k, String message, String golden, String intent, String orderId,
                              String priority) {
        java.util.LinkedHashMap<String, Object> ticket = new java.util.LinkedHashMap<>();
        ticket.put("intent", intent);
        ticket.put("order_id", orderId);
        ticket.put("priority", priority);
        return new Scenario(topic, k, message, golden, java.util.Collections.unmodifiableMap(ticket));
    }

    static Optional<Scenario> of(String topic, int k) {
        return ALL.stream().filter(s -> s.topic().equals(topic) && s.k() == k).findFirst();
    }

    /** The scenario whose customer message the text contains. */
    static Optional<Scenario> mentionedIn(String text) {
        return ALL.stream().filter(s -> text.contains(s.message())).findFirst();
    }
}
