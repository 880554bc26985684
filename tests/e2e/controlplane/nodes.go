// Fake nodes for kwok: Node objects carrying kwok's annotation, which kwok then marks Ready and whose Pods it
// moves through their phases (Pending -> Running, Job Pods -> Succeeded, deleted Pods -> gone).
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
)

// kwokNodeAnnotation marks the Nodes kwok manages (value "fake"); kwok runs with
// --manage-nodes-with-annotation-selector on it, so Nodes a test adds without it stay untouched. The same key
// is the fake nodes' taint.
const kwokNodeAnnotation = "kwok.x-k8s.io/node"

// fakeNodeName names the i-th fake node. Tests that pin a Pod to a node use these names.
func fakeNodeName(i int) string {
	return fmt.Sprintf("kwok-node-%d", i)
}

// createFakeNodes creates n fake Nodes (keeping any that exist from an earlier run in the same directory)
// and waits until kwok reports each Ready and the node lifecycle controller has lifted the not-ready taint
// that the API server's TaintNodesByCondition admission puts on every new Node.
//
// The Nodes carry the taint kwok.x-k8s.io/node=fake:NoSchedule, so only Pods that tolerate it run: a test
// opts in per workload, and everything else (such as the `flux` Deployment of `flux install`, whose fake
// Pods would look Available while running nothing) stays Pending as on a cluster without nodes. Their
// capacity is kwok's default (1k CPU, 1Ti memory, 1M Pods): resource requests never keep a Pod Pending.
func createFakeNodes(ctx context.Context, server string, p *pki, n int, limit time.Duration, kwokDone <-chan struct{}) error {
	client, err := kubernetes.NewForConfig(&rest.Config{
		Host:      server,
		UserAgent: "controlplane-up",
		TLSClientConfig: rest.TLSClientConfig{
			CAFile:   p.caCert,
			CertFile: p.adminCert,
			KeyFile:  p.adminKey,
		},
	})
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		name := fakeNodeName(i)
		node := &corev1.Node{
			ObjectMeta: metav1.ObjectMeta{
				Name:        name,
				Annotations: map[string]string{kwokNodeAnnotation: "fake"},
				Labels: map[string]string{
					"kubernetes.io/hostname": name,
					"kubernetes.io/os":       "linux",
					"kubernetes.io/arch":     "amd64",
					"type":                   "kwok",
				},
			},
			Spec: corev1.NodeSpec{
				Taints: []corev1.Taint{{Key: kwokNodeAnnotation, Value: "fake", Effect: corev1.TaintEffectNoSchedule}},
			},
		}
		_, err := client.CoreV1().Nodes().Create(ctx, node, metav1.CreateOptions{})
		if err != nil && !apierrors.IsAlreadyExists(err) {
			return fmt.Errorf("creating node %s: %w", name, err)
		}
	}
	deadline := time.Now().Add(limit)
	for i := 0; i < n; i++ {
		name := fakeNodeName(i)
		for {
			node, err := client.CoreV1().Nodes().Get(ctx, name, metav1.GetOptions{})
			if err == nil && isNodeReady(node) && !hasNotReadyTaint(node) {
				break
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("node %s not Ready and untainted after %s; see kwok.log and controller-manager.log", name, limit)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-kwokDone:
				return errors.New("kwok exited during start-up; see kwok.log")
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	return nil
}

func hasNotReadyTaint(node *corev1.Node) bool {
	for _, t := range node.Spec.Taints {
		if t.Key == corev1.TaintNodeNotReady {
			return true
		}
	}
	return false
}

func isNodeReady(node *corev1.Node) bool {
	for _, c := range node.Status.Conditions {
		if c.Type == corev1.NodeReady {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}
